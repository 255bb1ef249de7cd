import Foundation
import Diagnostics
import Testing

@Suite struct SuggestionsTests {
    @Test func closeNamesAreSuggestedNearestFirst() {
        let modules = ["vpc", "kubernetes", "mysql", "mongodb", "redis", "cloudfront"]
        #expect(Suggestions.closest(to: "mongdb", in: modules) == ["mongodb"])
        #expect(Suggestions.closest(to: "kubernets", in: modules) == ["kubernetes"])
        #expect(Suggestions.hint(for: "redsi", in: modules) == "did you mean 'redis'?")
    }

    @Test func farNamesAreNotSuggested() {
        #expect(Suggestions.closest(to: "elasticsearch", in: ["vpc", "mysql"]).isEmpty)
        #expect(Suggestions.hint(for: "zzz", in: ["vpc"]) == nil)
    }

    @Test func tiesAreAlphabeticalAndLimited() {
        #expect(Suggestions.closest(to: "t3.larg", in: ["t3.large", "t2.large", "t3.xlarge", "t3a.large"], limit: 2)
            == ["t3.large", "t2.large"])
    }

    /// A CloudFront usage key `eu:` means `europe`, though `us` is nearer by edit distance.
    @Test func theStartOfANameSuggestsThatName() {
        let groups = ["us", "europe", "south-africa", "south-america", "japan", "australia", "asia-pacific", "india"]
        #expect(Suggestions.closest(to: "eu", in: groups).first == "europe")
        #expect(Suggestions.hint(for: "eu", in: groups)?.hasPrefix("did you mean 'europe'") == true)
        #expect(Suggestions.closest(to: "south", in: groups).prefix(2) == ["south-africa", "south-america"])
        // A whole name is not its own abbreviation, and one letter abbreviates too much.
        #expect(Suggestions.closest(to: "u", in: groups).first == "us")
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(Suggestions.closest(to: "abc", in: ["abd"]) == ["abd"])
        #expect(Suggestions.closest(to: "", in: ["ab"]) == ["ab"])
    }
}

@Suite struct UserErrorTests {
    struct Sample: UserError {
        var location: Diagnostics.SourceLocation?
        var message: String
        var hint: String?
    }

    @Test func descriptionReadsLikeACompilerDiagnostic() {
        let located = Sample(location: Diagnostics.SourceLocation(file: "a.yaml", line: 3, column: 7), message: "bad", hint: "fix it")
        #expect(located.description == "a.yaml:3:7: error: bad\n  fix it")
        #expect(located.exitCode == Diagnostics.ExitCode.badInput)
        let bare = Sample(location: nil, message: "bad", hint: nil)
        #expect(bare.description == "error: bad")
    }
}

@Suite struct DecimalLiteralTests {
    @Test func acceptsWholeDecimalLiteralsOnly() {
        #expect(DecimalLiteral.parse("0.0832") == Decimal(string: "0.0832"))
        #expect(DecimalLiteral.parse("-12") == -12)
        for bad in ["", "-", ".", "1.", ".5", "1-2", "1.2.3", "1e3", "abc", "$5", "1,000", " 1"] {
            #expect(DecimalLiteral.parse(bad) == nil, "\(bad)")
        }
    }
}
