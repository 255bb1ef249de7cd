import Diagnostics
import Testing

/// Values from the user's files are shown with their control characters escaped.
struct PrintableTests {
    @Test(arguments: [("prod\n", "prod\\n"), ("a\r\nb", "a\\r\\nb"), ("tab\there", "tab\\there"), ("\u{1B}[31mred", "\\u{1B}[31mred"),
                      ("line\u{2028}sep", "line\\u{2028}sep"), ("plain-name_1", "plain-name_1"), ("héllo ✓", "héllo ✓")])
    func controlCharactersAreEscaped(_ text: String, _ shown: String) {
        #expect(Printable.escaped(text) == shown)
    }
}
