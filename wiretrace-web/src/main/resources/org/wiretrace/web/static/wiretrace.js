// Wiretrace page behaviour, served as a file (the Content-Security-Policy allows no inline script).
// Nothing here builds HTML from strings: it only toggles classes and scrolls.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("select[data-autosubmit]").forEach((select) => {
    select.addEventListener("change", () => select.form && select.form.submit());
  });
});
