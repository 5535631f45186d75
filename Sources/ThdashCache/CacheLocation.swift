/// Where cache files live: `THDASH_CACHE_DIR` when set, else `$XDG_CACHE_HOME/thdash`, else
/// `~/.cache/thdash`; never inside the article folders.
public enum CacheLocation {
    public static let variable = "THDASH_CACHE_DIR"

    public static func folder(environment: [String: String]) throws(CacheError) -> String {
        if let folder = environment[variable], !folder.isEmpty { return folder }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/thdash" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/thdash" }
        throw .noFolder
    }
}
