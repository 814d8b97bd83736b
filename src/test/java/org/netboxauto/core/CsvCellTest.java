package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd", "-2+3", "@SUM(A1)", " =HYPERLINK(\"x\")", "\t=1", "\r=1", "\n@x",
        " \t\r\n-1", "\tplain", "\rplain"})
    void aCellASpreadsheetWouldRunStartsWithAnApostrophe(String value) {
        String cell = CsvCell.of(value);
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(unquoted).startsWith("'");
        assertThat(CsvCell.neutralised(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"web01|web01", "10.0.0.1 10.0.0.2|10.0.0.1 10.0.0.2", "a=b|a=b", "x-1|x-1"})
    void ordinaryValuesStayAsTheyAre(String value, String expected) {
        assertThat(CsvCell.of(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b", "say \"hi\""})
    void separatorsAndQuotesAreQuoted(String value) {
        assertThat(CsvCell.of(value)).startsWith("\"").endsWith("\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[2Jwipe", "rtl\u202eexe.txt", "bell\u0007", "c1\u009b31m", "line\nbreak"})
    void controlCharactersNeverReachTheFile(String value) {
        assertThat(CsvCell.of(value)).doesNotContain("\u001b", "\u202e", "\u0007", "\u009b", "\n");
    }
}
