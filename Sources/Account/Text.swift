/// Joins strings into one allocation of exactly the right size. Interpolation starts with a
/// guess and grows as it appends; every create builds an ARN of six to nine parts, and the
/// regrowing showed up as a few percent of a rehearsal. (For a result short enough to be a
/// small string, such as a state key, interpolation is faster: it allocates nothing.)
public enum Text {
    /// Inlined, so the list of parts can live on the stack instead of being allocated.
    @inline(__always)
    public static func join(_ parts: String...) -> String {
        var total = 0
        for part in parts { total += part.utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var written = 0
            for part in parts {
                // Native strings lend their bytes; anything else is copied byte by byte.
                let copied = part.utf8.withContiguousStorageIfAvailable { bytes in
                    UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(fromContentsOf: bytes)
                }
                if let copied {
                    written += copied
                } else {
                    for byte in part.utf8 { buffer[written] = byte; written += 1 }
                }
            }
            return written
        }
    }
}
