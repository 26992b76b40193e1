#include <doctest/doctest.h>

#include "placeline/corpus/passage.hpp"

using namespace placeline;

static std::vector<std::string> sentences(std::string_view s) {
    std::vector<std::string> out;
    for (const ByteSpan& p : split_sentences(s)) out.emplace_back(s.substr(p.start, p.end - p.start));
    return out;
}

TEST_CASE("sentences end at full stops, question and exclamation marks") {
    CHECK(sentences("The talks failed. Fighting resumed! Who won? Nobody.") ==
          std::vector<std::string>{"The talks failed.", "Fighting resumed!", "Who won?", "Nobody."});
}

TEST_CASE("abbreviations, initials and numbers do not end sentences") {
    CHECK(sentences("On Sept. 19, Baku moved. Then it stopped.") ==
          std::vector<std::string>{"On Sept. 19, Baku moved.", "Then it stopped."});
    CHECK(sentences("The U.S. Secretary of State spoke. Dr. Alieva replied.") ==
          std::vector<std::string>{"The U.S. Secretary of State spoke.", "Dr. Alieva replied."});
    CHECK(sentences("Written by James D.J. Brown. It was read.") ==
          std::vector<std::string>{"Written by James D.J. Brown.", "It was read."});
    CHECK(sentences("Mr. Pashinyan and Gen. Smith met on Nov. 8. Talks followed.") ==
          std::vector<std::string>{"Mr. Pashinyan and Gen. Smith met on Nov. 8.", "Talks followed."});
    CHECK(sentences("It rose 26.4 percent. Then e.g. it fell.").size() == 2);
}

TEST_CASE("closing quotes and brackets stay with their sentence") {
    CHECK(sentences("He said \xE2\x80\x9Cno.\xE2\x80\x9D Then he left.") ==
          std::vector<std::string>{"He said \xE2\x80\x9Cno.\xE2\x80\x9D", "Then he left."});
    CHECK(sentences("(It ended.) A new one began.") == std::vector<std::string>{"(It ended.)", "A new one began."});
    CHECK(sentences("It was \"over.\" \"Now,\" he said.") ==
          std::vector<std::string>{"It was \"over.\"", "\"Now,\" he said."});
}

TEST_CASE("a lower-case continuation, an ellipsis inside a sentence and no final stop") {
    CHECK(sentences("The refugees\xE2\x80\xA6 they are angry. Next") ==
          std::vector<std::string>{"The refugees\xE2\x80\xA6 they are angry.", "Next"});
    CHECK(sentences("see p. 4 of the report. Done").size() == 2);
    CHECK(sentences("no stop at the end") == std::vector<std::string>{"no stop at the end"});
    CHECK(sentences("").empty());
    CHECK(sentences("   ").empty());
}

TEST_CASE("spans are into the whole text when a paragraph is given") {
    std::string text = "Heading\n\nFirst one. Second one.";
    auto paragraphs = split_paragraphs(text);
    REQUIRE(paragraphs.size() == 2);
    auto s = split_sentences(text, paragraphs[1]);
    REQUIRE(s.size() == 2);
    CHECK(text.substr(s[0].start, s[0].end - s[0].start) == "First one.");
    CHECK(text.substr(s[1].start, s[1].end - s[1].start) == "Second one.");
    CHECK(s[1].end == text.size());
}

TEST_CASE("in other scripts a lower-case word continues the sentence and the Armenian full stop ends one") {
    using V = std::vector<std::string>;
    CHECK(sentences("Мост открыли в 2020 г. по решению суда. Водители рады.") ==
          V{"Мост открыли в 2020 г. по решению суда.", "Водители рады."});
    CHECK(sentences("Город основан в 500 году до н. э. Потом пришли римляне.") ==
          V{"Город основан в 500 году до н. э.", "Потом пришли римляне."});
    CHECK(sentences("ԵՐԵՎԱՆ, 2023 թ. սեպտեմբերի 19։ Դպրոցը բացվեց։") ==
          V{"ԵՐԵՎԱՆ, 2023 թ. սեպտեմբերի 19։", "Դպրոցը բացվեց։"});
    CHECK(sentences("Şehir M.Ö. 500 yılında kuruldu. Sonra büyüdü.") == V{"Şehir M.Ö. 500 yılında kuruldu.", "Sonra büyüdü."});
    CHECK(sentences("Это сказал В. Иванов вчера. Он прав.") == V{"Это сказал В. Иванов вчера.", "Он прав."});
}

TEST_CASE("full stops of dates end no sentence: German ordinal days and centuries, era phrases") {
    using V = std::vector<std::string>;
    CHECK(sentences("DRESDEN, 25. April 2015 – Die Brücke ist offen. Pendler sparen Zeit.") ==
          V{"DRESDEN, 25. April 2015 – Die Brücke ist offen.", "Pendler sparen Zeit."});
    CHECK(sentences("Sie entstand im 19. Jahrhundert. Sie steht noch.") ==
          V{"Sie entstand im 19. Jahrhundert.", "Sie steht noch."});
    CHECK(sentences("Fondée vers 120 av. J.-C. par des colons. Elle grandit.") ==
          V{"Fondée vers 120 av. J.-C. par des colons.", "Elle grandit."});
    // A number before a word that is no month still ends its sentence.
    CHECK(sentences("Sie gewannen 2. Alle jubelten.").size() == 2);
}
