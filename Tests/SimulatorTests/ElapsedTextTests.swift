import Testing
@testable import Simulator

/// The event lines written in one allocation read exactly as the prefix and
/// `CloudExecutor.elapsed`: every whole second from 0 to 3 hours, and fractions around the
/// minute boundaries (rounding), and a negative time.
struct ElapsedTextTests {
    @Test func linesReadAsThePrefixAndTheElapsedTime() {
        var minutes: [Double] = (0...10_800).map { Double($0) / 60 }
        minutes += [0.0001, 0.49 / 60, 0.5 / 60, 59.5 / 60, 59.49 / 60, 0.999, 1.001, 9.999, 59.999, 60.01, 99.99, 1234.5678, -0.25, -2]
        for value in minutes {
            #expect(ElapsedText.line("Creation complete after ", value) == "Creation complete after " + CloudExecutor.elapsed(value),
                    "\(value) minutes")
        }
    }
}
