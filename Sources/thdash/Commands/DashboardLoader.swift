import Dispatch
import ThdashExtraction
import ThdashModel
import ThdashTerminal
import ThdashUI

/// Loads the articles on a background queue, reporting progress and the finished dataset as actions in the
/// mailbox the run loop drains.
struct DashboardLoader: Sendable {
    /// The files to read, found before the dashboard opened.
    var discovery: Discovery
    var reader: CorpusReader

    /// Starts loading; `finished` is signalled once the dataset has been posted, `settled` once the cache of
    /// extracted figures has been written after it (quitting waits for that, so a quick look still leaves
    /// the next start fast). A cache file not used is posted after the dataset, one not written after the
    /// save.
    func start(posting mailbox: Mailbox<Action>) -> (finished: DispatchSemaphore, settled: DispatchSemaphore) {
        let finished = DispatchSemaphore(value: 0)
        let settled = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = reader.read(discovery) { done, total in
                // A few hundred steps draw a smooth bar; one message per file made the workers queue on the
                // mailbox's lock and the UI apply thousands of updates while loading.
                if done == total || done.isMultiple(of: max(1, total / 256)) {
                    mailbox.post(.loadProgress(done: done, total: total))
                }
            }
            mailbox.post(.loadBuilding)
            let dataset = Dataset(result, catalog: reader.extractor.catalog)
            mailbox.post(.loaded(dataset, failures: result.failures, skipped: result.skipped))
            if let problem = CorpusOptions.cacheProblem(of: reader) { mailbox.post(.cacheNote(problem)) }
            finished.signal()
            if let failure = CorpusOptions.saveCache(of: reader) { mailbox.post(.cacheNote(failure)) }
            settled.signal()
        }
        return (finished, settled)
    }

    /// Loads synchronously (for the plain-text report): the dataset, what was read and skipped, and the
    /// cache's problems.
    func load() -> (Dataset, CorpusReader.Result, [CacheNote]) {
        let result = reader.read(discovery)
        let cacheNotes = CorpusOptions.saveCacheNotingProblems(of: reader)
        return (Dataset(result, catalog: reader.extractor.catalog), result, cacheNotes)
    }
}
