import Dispatch
import ThdashExtraction
import ThdashModel
import ThdashTerminal
import ThdashUI

/// Loads the articles on a background queue, reporting progress and the finished dataset as actions in the
/// mailbox the run loop drains.
struct DashboardLoader: Sendable {
    var paths: [String]
    var reader: CorpusReader

    /// Starts loading; the returned semaphore is signalled once the dataset has been posted.
    func start(posting mailbox: Mailbox<Action>) -> DispatchSemaphore {
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = reader.read(paths) { done, total in
                mailbox.post(.loadProgress(done: done, total: total))
            }
            mailbox.post(.loadBuilding)
            let dataset = Dataset(result, catalog: reader.extractor.catalog)
            mailbox.post(.loaded(dataset, failures: result.failures))
            finished.signal()
        }
        return finished
    }

    /// Loads synchronously (for the plain-text report).
    func load() -> (Dataset, [LoadFailure]) {
        let result = reader.read(paths)
        return (Dataset(result, catalog: reader.extractor.catalog), result.failures)
    }
}
