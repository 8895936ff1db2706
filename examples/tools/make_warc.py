#!/usr/bin/env python3
"""Writes examples/corpus/crawl.warc.gz: a small, deterministic WARC 1.1 crawl of two news pages.

Python 3 standard library only. Each record is its own gzip member (the usual .warc.gz layout),
record ids are UUIDv5 of the URL and gzip timestamps are zero, so re-running gives the same bytes.

Records: warcinfo; request + response for a spun copy of the Brenna Dam wire story on a content
farm; a response for an unrelated article about cranes; a text/plain robots.txt response, which
readers should ignore because it is not an HTML page. All article text is invented for Wiretrace.

Run from the repository root:  python3 examples/tools/make_warc.py
"""

import gzip
import html
import io
import pathlib
import uuid

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "crawl.warc.gz"
CRAWL_DATE = "2026-03-19T09:00:00Z"

SPUN_URL = "https://dailybuzzwire.example/2026/03/18/dam-breakdown-valdoria"
SPUN_TITLE = "Dam breakdown in Valdoria slaughters no less than 14, hundreds absent as deluge clears Sarn valley"
SPUN_PUBLISHED = "2026-03-18T02:10:00Z"
# A synonym-swap ("spun") rewrite of corpus/wire-dam-failure.txt, sentence for sentence, that also
# changes facts: water rise four -> three metres, Monday afternoon -> evening, Korvin's quote,
# "said" -> "admitted", "next year" -> "in 2028", and tortured phrases ("death toll" -> "demise
# cost", "state of emergency" -> "condition of crisis", "wall of water" -> "divider of water").
SPUN_PARAGRAPHS = [
    "HALVIK, Valdoria — The Brenna Dam in western Valdoria surrendered before sunrise on Monday, sending a divider of water down the Sarn Waterway valley that killed no less than 14 individuals and left 212 absent, authorities said on Tuesday.",
    "The 58-metre natural dam, constructed in 1971 to supply capacity to the mining towns of Kestria territory, fizzled at around 4:20 a.m. after three days of downpour that dropped 340 millimetres on the slopes over the supply, as per the public climate office.",
    "Salvage teams working through the night pulled 61 survivors from roofs and trees in Halvik, a town of 9,000 individuals around 12 kilometres downstream, where the water rose around three metres in under 60 minutes.",
    "\u201cWe heard a sound like thunder that did not stop,\u201d said Marta Ilves, 47, who moved onto the top of her bread shop with her two children. \u201cBy the time we arrived at the roof the road was a stream.\u201d",
    "Numerous occupants said they had gotten no admonition. Halvik's civic chairman, Jonas Perl, said the town's flood alarms remained quiet in light of the fact that the power fizzled minutes before the water showed up.",
    "Interior Minister Adela Korvin, who flew to the region on Monday evening, said the demise cost was probably going to rise. \u201cWe are as yet looking home by home, and the numbers could be far higher than anybody is saying,\u201d she told columnists at a crisis place set up in a school exercise center.",
    "Around 3,400 individuals have been cleared from six towns along the waterway, and the military has sent 800 troopers, 14 helicopters and two field emergency clinics to the valley, the service said.",
    "The dam's administrator, Sarn Hydro, said in an explanation that its architects had been checking \u201craised leakage\u201d at the foundation of the construction since Saturday and had started delivering water through the spillway on Sunday evening. The organization said it would help out completely with any examination.",
    "A 2019 examination report charged by the provincial government, seen by Continental Press, cautioned that the dam's seepage framework was \u201ctoward the finish of its plan life\u201d and suggested fixes assessed at 27 million crowns. Provincial lead representative Tomas Reyn admitted on Tuesday that the fixes had been booked to start in 2028.",
    "\u201cNo one in this office disregarded that report,\u201d Reyn said. \u201cThe cash was endorsed, the agreements were marked, and the work was expected to begin in the spring.\u201d",
    "Resistance legislators called for a free request. \u201cFourteen individuals are dead in light of the fact that alerts were documented away in a cabinet,\u201d said Lena Dravik, who drives the Green Alliance in parliament. She said her party would request that Korvin show up before the public gathering one week from now.",
    "President Anton Velesz proclaimed a condition of crisis in Kestria territory and reported three days of public grieving. He is supposed to visit Halvik on Wednesday.",
    "The flood likewise cut the primary rail line between the capital, Dresk, and the western boundary, and took out capacity to around 40,000 homes. Authorities at the public network administrator said most clients ought to be reconnected by Thursday.",
    "Water levels in the lower valley started to fall on Tuesday, yet forecasters cautioned that another 80 millimetres of downpour could fall throughout the end of the week, and specialists were reviewing two more modest dams upstream of the Brenna repository as a safety measure.",
    "The Brenna disappointment is the deadliest dam fiasco in Valdoria beginning around 1987, when a more modest dam on the Ivel Stream imploded and killed 31 individuals.",
]

CRANES_URL = "https://www.olmnaturenews.example/2026/03/19/record-cranes-lake-olm"
CRANES_TITLE = "Record number of cranes stop at Lake Olm on spring migration"
CRANES_PUBLISHED = "2026-03-19T07:45:00Z"
CRANES_PARAGRAPHS = [
    "LAKE OLM — Volunteers counted 26,800 common cranes roosting on the shallow northern shore of Lake Olm on Wednesday evening, the highest number since records began in 1994, the Valdorian Ornithological Society said.",
    "The birds stop at the lake each March to rest and feed on the surrounding fields before continuing north to their breeding grounds. Last year's peak count was 19,300.",
    "\u201cYou hear them long before you see them,\u201d said Greta Hollin, who has led the count for eleven years. \u201cAt dusk the whole sky over the reeds is moving.\u201d",
    "The society said a mild winter and the flooding of two former fish ponds, which now give the birds a safe roost away from foxes, probably explained the rise. Farmers near the lake receive a small payment for leaving part of their maize stubble unploughed until April.",
    "Visitors are asked to stay on the marked paths and use the two observation towers on the eastern shore. The society will run guided evening walks every weekend until the end of the month.",
]


def page(title, url, published, site, paragraphs, chrome_top, chrome_bottom):
    """Returns an HTML page with the article between a little site chrome."""
    body = "\n".join(f"    <p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} - {site}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
<script>var adSlots = ["top", "side"]; function loadAds() {{ return adSlots.length; }}</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/trending">Trending</a></nav>
<article>
  <h1>{html.escape(title)}</h1>
  <div class="meta">{chrome_top}</div>
  <div class="entry-content">
{body}
  </div>
</article>
<aside>{chrome_bottom}</aside>
<footer>&copy; 2026 {site}</footer>
</body></html>
"""


def record(warc_type, url, headers, block):
    """Returns one gzip-compressed WARC record."""
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, warc_type + ":" + url)
    lines = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: <urn:uuid:{record_id}>",
        f"WARC-Date: {CRAWL_DATE}",
    ]
    if url:
        lines.append(f"WARC-Target-URI: {url}")
    lines += headers
    lines.append(f"Content-Length: {len(block)}")
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
        gz.write(raw)
    return out.getvalue()


def http_response(content_type, body):
    """Returns an HTTP/1.1 200 response message as bytes."""
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


def http_request(url):
    """Returns the HTTP GET request for a URL as bytes."""
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: wiretrace-example-crawler/1.0\r\n\r\n".encode("ascii")


def main():
    spun = page(SPUN_TITLE, SPUN_URL, SPUN_PUBLISHED, "Daily Buzz Wire", SPUN_PARAGRAPHS,
                "Posted on 2026-03-18 02:10:00 by Staff Writer",
                "<h3>Trending Now</h3><ul><li><a href='/a'>10 celebrity homes you won't believe</a></li></ul>"
                "<p>Share this article: Facebook | X | WhatsApp</p>")
    cranes = page(CRANES_TITLE, CRANES_URL, CRANES_PUBLISHED, "Olm Nature News", CRANES_PARAGRAPHS,
                  "Published: 2026-03-19T07:45:00Z", "<h3>Related Articles</h3>")
    warcinfo = b"software: wiretrace examples/tools/make_warc.py\r\nformat: WARC File Format 1.1\r\n"
    records = [
        record("warcinfo", "", ["Content-Type: application/warc-fields"], warcinfo),
        record("request", SPUN_URL, ["Content-Type: application/http; msgtype=request"], http_request(SPUN_URL)),
        record("response", SPUN_URL, ["Content-Type: application/http; msgtype=response"],
               http_response("text/html; charset=utf-8", spun.encode("utf-8"))),
        record("response", CRANES_URL, ["Content-Type: application/http; msgtype=response"],
               http_response("text/html; charset=utf-8", cranes.encode("utf-8"))),
        record("response", "https://dailybuzzwire.example/robots.txt",
               ["Content-Type: application/http; msgtype=response"],
               http_response("text/plain", b"User-agent: *\nDisallow: /admin/\n")),
    ]
    OUT.write_bytes(b"".join(records))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(records)} records)")


if __name__ == "__main__":
    main()
