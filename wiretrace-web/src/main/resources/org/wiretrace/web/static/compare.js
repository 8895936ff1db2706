// Side-by-side comparison: synchronized scrolling and partner highlighting.
// Each aligned segment carries data-pair="N"; its partner in the other column has the same value.
"use strict";
(function () {
  function partners(pair) {
    return document.querySelectorAll('.seg[data-pair="' + CSS.escape(pair) + '"]');
  }

  function activate(pair, scroll, origin) {
    document.querySelectorAll(".seg.active").forEach((el) => el.classList.remove("active"));
    if (!pair) {
      return;
    }
    partners(pair).forEach((el) => {
      el.classList.add("active");
      if (scroll && el !== origin) {
        const col = el.closest(".compare-col");
        if (col) {
          col.scrollTop = el.offsetTop - col.offsetTop - col.clientHeight / 3;
        }
      }
    });
  }

  function syncScroll(left, right) {
    let driver = null;
    function follow(from, to) {
      return () => {
        if (driver && driver !== from) {
          return;
        }
        driver = from;
        const range = from.scrollHeight - from.clientHeight;
        const ratio = range > 0 ? from.scrollTop / range : 0;
        to.scrollTop = ratio * (to.scrollHeight - to.clientHeight);
        window.clearTimeout(follow.timer);
        follow.timer = window.setTimeout(() => { driver = null; }, 80);
      };
    }
    left.addEventListener("scroll", follow(left, right), { passive: true });
    right.addEventListener("scroll", follow(right, left), { passive: true });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const cols = document.querySelectorAll(".compare-col");
    if (cols.length === 2) {
      syncScroll(cols[0], cols[1]);
    }
    document.querySelectorAll(".seg[data-pair]").forEach((seg) => {
      seg.addEventListener("mouseenter", () => activate(seg.dataset.pair, false, seg));
      seg.addEventListener("click", () => activate(seg.dataset.pair, true, seg));
    });
  });
})();
