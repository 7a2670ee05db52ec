package dev.jbench.benchstat.projection;

import static dev.jbench.benchstat.projection.Results.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The key order is a total order consistent with equals, for every order kind. */
class KeyOrderProperties {

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "0", "1", "1.0", "-0", "NaN", "nan", "inf", "-inf", "2k", "1ki", "1Mi", "x", "é",
                        "😀", "Ａ", "10", "9"),
                Arbitraries.strings().ofMaxLength(4));
    }

    @Provide
    Arbitrary<String> projections() {
        return Arbitraries.of("a", "a@alpha", "a@num", "a@(1 x 9)", ".config", ".config@num", "a@num,b", "b,a@alpha");
    }

    @Property(tries = 100)
    void totalOrderConsistentWithEquals(@ForAll("projections") String expr,
                                        @ForAll @Size(min = 1, max = 12) List<@From("values") String> as,
                                        @ForAll @Size(min = 1, max = 12) List<@From("values") String> bs) {
        Projection p = new ProjectionParser().parse(expr, Filter.all());
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < as.size(); i++) {
            keys.add(p.project(r("", "a", as.get(i), "b", bs.get(i % bs.size()))));
        }
        for (Key x : keys) {
            assertThat(x.compareTo(x)).isZero();
            for (Key y : keys) {
                int xy = x.compareTo(y);
                assertThat(Integer.signum(xy)).isEqualTo(-Integer.signum(y.compareTo(x)));
                assertThat(xy == 0).isEqualTo(x.equals(y));
                for (Key z : keys) {
                    if (xy <= 0 && y.compareTo(z) <= 0) {
                        assertThat(x.compareTo(z)).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
        List<Key> sorted = new ArrayList<>(keys);
        Keys.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).compareTo(sorted.get(i))).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 300)
    void equalValuesGiveTheSameKey(@ForAll("values") String a, @ForAll("values") String b) {
        Projection p = new ProjectionParser().parse("a,b", Filter.all());
        Key k1 = p.project(r("", "a", a, "b", b));
        Key k2 = p.project(r("", "b", new String(b), "a", new String(a)));
        assertThat(k2).isSameAs(k1);
        assertThat(k1.get(p.fields().get(0))).isEqualTo(a);
        assertThat(k1.get(p.fields().get(1))).isEqualTo(b);
    }

    @Property(tries = 300)
    void byteOrderIsCodePointOrder(@ForAll String a, @ForAll String b) {
        int want = Integer.signum(compareCodePoints(a, b));
        assertThat(Integer.signum(Orders.compareBytes(a, b))).isEqualTo(want);
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }

    @Property(tries = 300)
    void quotedWordsRoundTrip(@ForAll String word) {
        String q = Lexer.quoteWord(word);
        Token t = new Lexer(q).keyOrOp(0);
        if (word.contains("\uFFFD") || hasLoneSurrogate(word)) {
            return; // not representable as Go UTF-8 text
        }
        if (q.equals("AND") || q.equals("OR")) {
            assertThat(t.kind()).isIn(Token.AND, Token.OR);
            return;
        }
        assertThat(t.isWord()).as("token of %s", q).isTrue();
        assertThat(t.text()).isEqualTo(word);
        assertThat(t.end()).isEqualTo(q.length());
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
