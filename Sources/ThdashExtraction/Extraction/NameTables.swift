/// The catalog and the gazetteer a sentence parser looks names up in, made once per extractor.
///
/// Passed to the parser's phrase marking rather than kept in the parser: a parser is copied by every call the
/// compiler does not inline, and as its fields the catalog's and the gazetteer's arrays were retained and
/// released with each copy.
final class NameTables: Sendable {
    let catalog: ProductCatalog
    let regions: RegionGazetteer

    init(catalog: ProductCatalog, regions: RegionGazetteer) {
        self.catalog = catalog
        self.regions = regions
    }

    func entry(id: String) -> CatalogEntry? { catalog.entry(id: id) }
}
