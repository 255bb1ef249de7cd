import Diagnostics

/// The catalog's use of the shared suggestion rule.
enum Suggest {
    static func closest(to word: String, in names: [String]) -> [String] {
        Suggestions.closest(to: word, in: names)
    }
}
