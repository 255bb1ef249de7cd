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

    /// The lines kept for reuse read as the ones made each time, for either completion, on
    /// the first call and on every later one.
    @Test func keptLinesReadAsTheLinesMadeEachTime() {
        let minutes: [Double] = (0...7_200).map { Double($0) / 60 } + [0.49 / 60, 59.5 / 60, 1.001, 99.99, -0.25, 2_000]
        for _ in 0..<2 {
            for value in minutes {
                for completion in [ElapsedText.Completion.creation, .destruction] {
                    #expect(ElapsedText.line(completion, value) == completion.prefix + CloudExecutor.elapsed(value), "\(value) minutes")
                }
            }
        }
        #expect(ElapsedText.Completion.destruction.prefix == "Destruction complete after ")
    }
}
