package io.switchboard.host.canned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.host.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void aPlaceholderWithAValueIsReplacedAndOneWithoutStaysAsWritten() {
        var rendered = Placeholders.render("Hi {{contact.first_name}}, order {{ custom.order }} of {{contact.first_name}}",
                Map.of("contact.first_name", "Ada"));
        assertEquals("Hi Ada, order {{ custom.order }} of Ada", rendered.text());
        assertEquals(List.of("custom.order"), rendered.unresolved());
    }

    @Test
    void aBlankValueCountsAsMissing() {
        assertEquals(List.of("contact.name"), Placeholders.render("{{contact.name}}", Map.of("contact.name", " "))
                .unresolved());
    }

    @Test
    void dollarSignsAndBackslashesInValuesAreTakenLiterally() {
        assertEquals("costs $5 \\o/", Placeholders.render("costs {{custom.price}}",
                Map.of("custom.price", "$5 \\o/")).text());
    }

    @Test
    void onlyDottedLowerCaseNamesArePlaceholders() {
        assertEquals(List.of(), Placeholders.unresolvedIn("{{Name}} {{ x }} {{a b}} {single.brace}"));
        assertEquals(List.of("agent.name"), Placeholders.unresolvedIn("by {{agent.name}}"));
    }

    @Test
    void refusingNamesEveryPlaceholderLeft() {
        Problem problem = assertThrows(Problem.class,
                () -> Placeholders.refuseUnresolved("{{custom.a}} and {{custom.b}}"));
        assertEquals(422, problem.status());
        assertEquals(List.of("custom.a", "custom.b"), problem.extensions().get("placeholders"));
    }
}
