/// A failure that ends the run with one line on standard error ("thdash: …") and status 1, without the usage
/// text: the installation or the environment is at fault (THDASH_DATA names no folder, the data folder's
/// catalog cannot be read), not the command line.
struct RunFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
