/// Stacks the parser collects list elements on (body items, tuple items and call arguments,
/// object items, template parts). A list under construction sits at the top of its stack and
/// is moved out once, at its exact size, when complete: appending to a fresh array instead
/// reallocates it at 1, 2, 4, 8... elements, which was a large share of parse time. Nested
/// lists (a block in a block, a tuple in a call) push above their parent's and are taken first.
struct ParserLists {
    let items = ListStack<BodyItem>()
    let expressions = ListStack<Expr>()
    let objectItems = ListStack<ObjectItem>()
    let parts = ListStack<TemplatePart>()
    /// The attribute names of the bodies being read, to find a duplicate without copying
    /// whole items out of `items`.
    let names = ListStack<String>()
}

/// A stack over memory it manages itself, so that taking the top elements moves them into the
/// new array (one copy of the bytes) instead of copying them (retains) and then destroying the
/// originals (releases), as `Array` slicing and `removeSubrange` would. A class: a heredoc body
/// is parsed by a copy of the parser, which must push onto the same stacks.
final class ListStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity = 8
    private(set) var count = 0

    init() { base = .allocate(capacity: capacity) }

    deinit {
        // Elements of lists left unfinished by a syntax error.
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(index: Int) -> Element { base[index] }

    func push(_ element: Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// True when an element from `start` to the top satisfies `predicate`, read in place.
    func contains(from start: Int, where predicate: (borrowing Element) -> Bool) -> Bool {
        var i = start
        while i < count {
            if predicate(base[i]) { return true }
            i += 1
        }
        return false
    }

    /// Drops the elements from `start` to the top.
    func discard(from start: Int) {
        guard start < count else { return }
        (base + start).deinitialize(count: count - start)
        count = start
    }

    /// The elements from `start` to the top, moved out of the stack.
    func take(from start: Int) -> [Element] {
        let taken = count - start
        guard taken > 0 else { return [] }
        // Not `Array(unsafeUninitializedCapacity:)`: it allocates through an unspecialized
        // stdlib entry point that looks up the storage class's generic metadata on every call
        // (4% of parse time). `reserveCapacity` is inlined and specialized for `Element`.
        var list: [Element] = []
        list.reserveCapacity(taken)
        var i = start
        while i < count {
            list.append((base + i).move())
            i += 1
        }
        count = start
        return list
    }
}
