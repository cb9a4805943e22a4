import Foundation

/// Wall-clock timing helpers for benchmarks.
enum Timing {
    /// The fastest of `runs` runs of `work`, in seconds.
    static func best(of runs: Int, _ work: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
