import Testing
import ThdashUI

@Suite struct ThemeTests {
    @Test func noColorOrAColourlessTerminalMeansMonochrome() {
        #expect(Theme.resolve(preferred: .dark, environment: ["NO_COLOR": "1"], colorCount: 256) == .monochrome)
        #expect(Theme.resolve(preferred: .light, environment: ["NO_COLOR": ""], colorCount: 256) == .light)
        #expect(Theme.resolve(preferred: .dark, environment: [:], colorCount: 0) == .monochrome)
        #expect(Theme.resolve(preferred: .dark, environment: [:], colorCount: 2) == .monochrome)
        #expect(Theme.resolve(preferred: .dark, environment: [:], colorCount: 8) == .dark)
    }

    @Test func textNeverTakesItsBackgroundColour() {
        for theme in Theme.builtIn {
            for front in ColorRole.allCases {
                for back in [nil] + ColorRole.allCases.map(Optional.some) {
                    let resolved = theme.resolve(Style(front, background: back))
                    #expect(
                        resolved.foreground != resolved.background || resolved.foreground == .terminalDefault,
                        "\(theme.name): \(front) on \(String(describing: back))")
                }
            }
        }
    }

    @Test func clashingRolesGetAContrastingText() {
        let resolved = Theme.dark.resolve(Style(.header, background: .selection))
        #expect(resolved.background == .cyan)
        #expect(resolved.foreground == .black)
        #expect(resolved.attributes.contains(.bold))
    }

    @Test func monochromeCarriesMeaningInAttributes() {
        let mono = Theme.monochrome
        #expect(!mono.usesColor)
        for role in ColorRole.allCases {
            #expect(mono[role].foreground == .terminalDefault)
            #expect(mono[role].background == .terminalDefault)
        }
        #expect(mono.resolve(Style(.selection)).attributes.contains(.reverse))
        #expect(mono.resolve(Style(.positive, background: .selection)).attributes.contains(.reverse))
        #expect(mono.resolve(Style(.header)).attributes.contains(.bold))
        #expect(mono.resolve(Style(.warning)).attributes.contains(.underline))
    }

    @Test func colourThemesTellUpFromDown() {
        for theme in [Theme.dark, .light] {
            #expect(theme.resolve(Style(.positive)).foreground != theme.resolve(Style(.negative)).foreground)
            #expect(theme.resolve(Style(.selection)).background != .terminalDefault)
        }
        #expect(Theme.light[.accent].foreground != .yellow)
        #expect(Theme.named("Light") == .light)
        #expect(Theme.named("sepia") == nil)
    }

    @Test func styleAttributesAddToTheRole() {
        let resolved = Theme.dark.resolve(Style(.positive, attributes: [.underline, .reverse]))
        #expect(resolved.foreground == .green)
        #expect(resolved.attributes == [.underline, .reverse])
    }
}
