/// A regular expression with Go's syntax and Go's guarantee: matching takes time linear in
/// the text, whatever the pattern. Terragrunt matches `retryable_errors` with Go's `regexp`
/// (RE2); Foundation's engine backtracks, so a pattern such as `(.*)*zzz` that Go answers at
/// once kept it busy for minutes on one error message. Only "is there a match anywhere" is
/// asked, so the expression compiles to a Thompson automaton run over the text once.
///
/// The syntax is Go's (regexp/syntax): literals and escapes, `.`, classes with ranges and
/// `\d \w \s` (and their negations), `^ $ \A \z \b \B`, groups `( )`, `(?: )`, `(?P<name> )`,
/// alternation, `* + ? {n} {n,} {n,m}` (lazy or not, which cannot change whether there is a
/// match), and the flags `i m s U`. What Go refuses (backreferences, lookaround) is refused.
public struct GoRegex: Sendable {
    let program: [Instruction]
    let start: Int

    /// Compiles `pattern`, or throws what is wrong and where (a character offset).
    public init(_ pattern: String) throws {
        var parser = GoRegexParser(pattern)
        let tree = try parser.parse()
        var compiler = GoRegexCompiler()
        start = try compiler.compile(tree)
        program = compiler.program
    }

    /// Whether the expression matches anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current = StateSet(size: program.count)
        var next = StateSet(size: program.count)
        for position in 0...scalars.count {
            // Unanchored: a match may start at every position.
            let previous = position > 0 ? scalars[position - 1] : nil
            let following = position < scalars.count ? scalars[position] : nil
            if add(start, to: &current, previous: previous, following: following) { return true }
            guard let scalar = following else { break }
            next.clear()
            for pc in current.members {
                guard case .scalar(let test) = program[pc], test.accepts(scalar) else { continue }
                let after = position + 1 < scalars.count ? scalars[position + 1] : nil
                if add(pc + 1, to: &next, previous: scalar, following: after) { return true }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Follows the empty transitions from `pc` (assertions checked against the characters on
    /// either side), adding the states that read a character; true when the match state is reached.
    private func add(_ pc: Int, to set: inout StateSet, previous: Unicode.Scalar?, following: Unicode.Scalar?) -> Bool {
        var stack = [pc]
        while let pc = stack.popLast() {
            guard set.insert(pc) else { continue }
            switch program[pc] {
            case .match: return true
            case .scalar: break
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack.append(second); stack.append(first)
            case .assert(let assertion):
                if assertion.holds(previous: previous, following: following) { stack.append(pc + 1) }
            }
        }
        return false
    }
}

/// The automaton's states visited at one position, in insertion order, each once.
struct StateSet {
    private var seen: [Bool]
    private(set) var members: [Int] = []

    init(size: Int) { seen = [Bool](repeating: false, count: size) }

    mutating func insert(_ pc: Int) -> Bool {
        guard !seen[pc] else { return false }
        seen[pc] = true
        members.append(pc)
        return true
    }

    mutating func clear() {
        for pc in members { seen[pc] = false }
        members.removeAll(keepingCapacity: true)
    }
}

/// What is wrong with a pattern, at which character (counted from 1).
public struct GoRegexError: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var problem: String
    public var description: String { "\(problem) at character \(offset)" }
}
