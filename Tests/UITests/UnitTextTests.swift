import Testing
import ThdashExtraction
import ThdashUI

/// Units and measures in the interface language.
@Suite struct UnitTextTests {
    @Test func englishTranslatesUnitsAndVietnameseKeepsThem() {
        let english = Strings.english
        #expect(english.unit("tỷ đồng") == "VND bn")
        #expect(english.unit("nghìn tỷ đồng") == "VND trillion")
        #expect(english.unit("triệu USD") == "USD mn")
        #expect(english.unit("triệu kWh") == "million kWh")
        #expect(english.unit("nghìn tấn") == "thousand tonnes")
        #expect(english.unit("triệu m3") == "million m³")
        #expect(english.unit("chiếc") == "units")
        #expect(english.unit("%") == "%")
        #expect(english.unit("đơn vị lạ") == "đơn vị lạ", "an unknown unit is shown as written")
        #expect(Strings.vietnamese.unit("tỷ đồng") == "tỷ đồng")
    }

    @Test func measuresSayWhatAFigureIs() {
        let vietnamese = Strings.vietnamese
        #expect(vietnamese.measure(kind: .forecast, basis: .previousYear) == "dự báo tăng so với năm trước")
        #expect(vietnamese.measure(kind: .target, basis: .previousYear) == "kế hoạch tăng so với năm trước")
        #expect(vietnamese.measure(kind: .target, basis: nil) == "kế hoạch")
        #expect(vietnamese.measure(kind: .growth, basis: .basePeriod, base: "năm 2015") == "tăng so với năm 2015")
        #expect(vietnamese.measure(kind: .growth, basis: .averageAnnual) == "tăng bình quân mỗi năm")
        #expect(Strings.english.measure(kind: .forecast, basis: .previousYear) == "forecast growth vs previous year")
    }
}
