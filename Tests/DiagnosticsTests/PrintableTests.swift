import Diagnostics
import Testing

/// Values from the user's files are shown with their control characters escaped.
struct PrintableTests {
    /// A text and how it is shown; the test log names each case by the shown form, so that the
    /// log itself carries no raw control characters.
    struct Sample: Sendable, CustomTestStringConvertible {
        let text: String
        let shown: String
        var testDescription: String { shown }
    }

    static let samples = [Sample(text: "prod\n", shown: "prod\\n"), Sample(text: "a\r\nb", shown: "a\\r\\nb"),
                          Sample(text: "tab\there", shown: "tab\\there"), Sample(text: "\u{1B}[31mred", shown: "\\u{1B}[31mred"),
                          Sample(text: "line\u{2028}sep", shown: "line\\u{2028}sep"), Sample(text: "plain-name_1", shown: "plain-name_1"),
                          Sample(text: "héllo ✓", shown: "héllo ✓")]

    @Test(arguments: samples)
    func controlCharactersAreEscaped(_ sample: Sample) {
        #expect(Printable.escaped(sample.text) == sample.shown)
    }
}
