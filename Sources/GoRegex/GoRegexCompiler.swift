/// Thompson's construction: a parsed `GoRegex` as a list of instructions whose splits and
/// jumps name instruction numbers. Counted repetition is written out, so its size is bounded.
struct GoRegexCompiler {
    private(set) var program: [GoRegex.Instruction] = []
    /// Go refuses a pattern whose repetitions expand past about this size.
    static let maxInstructions = 100_000

    /// Compiles `tree` followed by the match state; returns the first instruction.
    mutating func compile(_ tree: GoRegexNode) throws -> Int {
        try emit(tree)
        program.append(.match)
        return 0
    }

    private mutating func emit(_ node: GoRegexNode) throws {
        guard program.count < Self.maxInstructions else {
            throw GoRegexError(offset: 1, problem: "expression too large")
        }
        switch node {
        case .empty: break
        case .scalar(let test): program.append(.scalar(test))
        case .assert(let assertion): program.append(.assert(assertion))
        case .concat(let items): for item in items { try emit(item) }
        case .alternate(let branches): try alternate(branches)
        case .repetition(let body, let min, let max): try repetition(body, min: min, max: max)
        }
    }

    /// split(first, rest) ... each branch jumping to the end.
    private mutating func alternate(_ branches: [GoRegexNode]) throws {
        var jumps: [Int] = []
        for (index, branch) in branches.enumerated() {
            let isLast = index == branches.count - 1
            let split = program.count
            if !isLast { program.append(.split(split + 1, -1)) }
            try emit(branch)
            if !isLast {
                jumps.append(program.count)
                program.append(.jump(-1))
                program[split] = .split(split + 1, program.count)
            }
        }
        for jump in jumps { program[jump] = .jump(program.count) }
    }

    /// `min` copies, then either a loop (no upper bound) or `max - min` optional copies.
    private mutating func repetition(_ body: GoRegexNode, min: Int, max: Int?) throws {
        for _ in 0..<min { try emit(body) }
        guard let max else {
            // L: split(body, end); body; jump L
            let loop = program.count
            program.append(.split(loop + 1, -1))
            try emit(body)
            program.append(.jump(loop))
            program[loop] = .split(loop + 1, program.count)
            return
        }
        var splits: [Int] = []
        for _ in min..<max {
            splits.append(program.count)
            program.append(.split(program.count + 1, -1))
            try emit(body)
        }
        for split in splits { program[split] = .split(split + 1, program.count) }
    }
}
