/// Which figures a screen shows, for asking which periods have any: every home-region figure (the
/// lines), the overview's (its key figures and the products the lists show), the products the lists
/// show, one product line's, or one product's.
public enum PeriodScope: Sendable, Hashable {
    case everything
    case overview
    case listedProducts
    case line(String)
    case product(String)
}
