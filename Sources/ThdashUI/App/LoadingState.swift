/// How far the loading of the articles has got; the first frame shows it when loading is not instant.
public enum LoadingState: Hashable, Sendable {
    /// Reading files: `done` of `total` (total 0 while the folders are still being listed).
    case reading(done: Int, total: Int)
    /// Figures read; the dataset is being built.
    case building
    case finished
}
