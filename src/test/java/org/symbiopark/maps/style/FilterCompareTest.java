package org.symbiopark.maps.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Filter#compare}: text that reads as a number compares as a number, any other text as text. */
class FilterCompareTest {

    @Test
    void decimalAndScientificTextComparesAsNumbers() {
        assertThat(Filter.compare(" -1.5 ", "-10")).isPositive();
        assertThat(Filter.compare("+2e3", "300")).isPositive();
        assertThat(Filter.compare(".5", "0.25")).isPositive();
        assertThat(Filter.compare("1e300", "-1e300")).isPositive();
    }

    @Test
    void wordsAndSignsAloneCompareAsText() {
        assertThat(Filter.compare("industrial-light", "industrial-heavy")).isPositive();
        assertThat(Filter.compare("-", "+")).isEqualTo("-".compareTo("+"));
        assertThat(Filter.compare("Inland", "10")).isEqualTo("Inland".compareTo("10"));
        assertThat(Filter.compare("9 units", "10")).isEqualTo("9 units".compareTo("10"));
        // Java literal suffixes and hexadecimal are not numbers in a style
        assertThat(Filter.compare("12f", "9")).isEqualTo("12f".compareTo("9"));
        // a number against a word: text, whichever side the word is on
        assertThat(Filter.compare(5, "green")).isEqualTo("5".compareTo("green"));
        assertThat(Filter.compare("green", 5)).isEqualTo("green".compareTo("5"));
    }
}
