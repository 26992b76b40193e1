#include <doctest/doctest.h>

#include "placeline/text/html.hpp"

using namespace placeline;

TEST_CASE("tags are stripped, block elements become lines, inline ones do not break") {
    HtmlText h = html_to_text("<html><body><p>Baku <b>moved</b> on <a href=\"x\">Sept.\n 19</a>.</p><p>Second</p></body></html>");
    CHECK(h.text == "Baku moved on Sept. 19.\nSecond\n");
}

TEST_CASE("entities are decoded: named, decimal, hexadecimal, Windows-1252 range") {
    HtmlText h = html_to_text("<p>Tom &amp; Jerry &mdash; &#8220;quoted&#8221; &#x15F;u&#x15F;a &#150; caf&eacute; &nbsp;x</p>");
    CHECK(h.text == "Tom & Jerry \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D \xC5\x9Fu\xC5\x9F" "a \xE2\x80\x93 caf\xC3\xA9 x\n");
    // Unknown or broken entities stay as written; bad code points become U+FFFD.
    CHECK(html_to_text("<p>AT&T &bogus; &#0; &#xD800;</p>").text == "AT&T &bogus; \xEF\xBF\xBD \xEF\xBF\xBD\n");
    // Every HTML5 name, not only the common ones; a known name's prefix is no entity.
    CHECK(html_to_text("<p>&hearts; &Lstrok;&oacute;d&zacute; &notit; &CounterClockwiseContourIntegral;</p>").text ==
          "\xE2\x99\xA5 \xC5\x81\xC3\xB3" "d\xC5\xBA &notit; \xE2\x88\xB3\n");
}

TEST_CASE("scripts, styles, comments and navigation are dropped and counted") {
    HtmlText h = html_to_text(
        "<head><title>Page &amp; Site</title><style>p{color:red}</style>"
        "<script type=\"application/ld+json\">{\"a\": \"<p>x</p>\"}</script></head>"
        "<body><nav><ul><li>Home</li><li>News</li></ul></nav><!-- a <p>comment</p> -->"
        "<h1>The  headline</h1><p>Body text.</p></body>");
    CHECK(h.text == "The headline\nBody text.\n");
    CHECK(h.title == "The headline");  // the <h1> beats the <title>
    CHECK(h.dropped_elements == 3);
}

TEST_CASE("list items become bullet lines, preformatted text keeps its spaces") {
    CHECK(html_to_text("<ul><li>One</li><li>Two</li></ul>").text == "\xE2\x80\xA2 One\n\xE2\x80\xA2 Two\n");
    CHECK(html_to_text("<pre>a  b\nc</pre>").text == "a  b\nc\n");
}

TEST_CASE("metadata from meta tags") {
    HtmlText h = html_to_text(
        "<head><title>Title | Site</title><meta name=\"author\" content=\"Leila Alieva\">"
        "<meta property='og:site_name' content='Eurasia Review'>"
        "<meta property=\"article:published_time\" content=\"2023-09-28T10:00:00Z\"></head><p>x</p>");
    CHECK(h.title == "Title | Site");
    CHECK(h.author == "Leila Alieva");
    CHECK(h.site_name == "Eurasia Review");
    CHECK(h.published == "2023-09-28T10:00:00Z");
}

TEST_CASE("malformed markup never stops the text") {
    CHECK(html_to_text("a < b and c > d").text == "a < b and c > d\n");
    CHECK(html_to_text("<p>open <b attr=\"never closed").text == "open\n");
    CHECK(html_to_text("text <!-- unclosed comment").text == "text\n");
    CHECK(html_to_text("<script>never closed").text.empty());
    CHECK(html_to_text("").text.empty());
}

TEST_CASE("HTML is recognised by its doctype or its tags") {
    CHECK(looks_like_html("<!DOCTYPE html><html>"));
    CHECK(looks_like_html("<div>a</div><p>b</p><br>"));
    CHECK_FALSE(looks_like_html("Plain text with a < sign and 3 > 2."));
}

TEST_CASE("the declared charset is found in either form of <meta>, on raw bytes") {
    CHECK(declared_charset("<html><head><meta charset=\"ISO-8859-2\"></head>") == "ISO-8859-2");
    CHECK(declared_charset("<meta charset=koi8-r>") == "koi8-r");
    CHECK(declared_charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Windows-1251\">") ==
          "Windows-1251");
    CHECK(declared_charset("<meta http-equiv='content-type' content='text/html;charset=\"shift_jis\"'>") == "shift_jis");
    CHECK(declared_charset("<!-- <meta charset=koi8-r> --><p>x</p>").empty());
    CHECK(declared_charset("<meta name=\"author\" content=\"charset=x\"><p>x</p>").empty());
}
