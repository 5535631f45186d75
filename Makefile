# thdash: build, install and uninstall.
#
#   make                          build the release binary
#   make install [PREFIX=/usr/local] [DESTDIR=]
#                                 PREFIX/bin/thdash, its data in PREFIX/share/thdash (found beside the
#                                 executable), the manual page and the bash, zsh and fish completions
#   make uninstall [PREFIX=…]     remove what install put there
#   make man                      regenerate Docs/thdash.1 from the command's help (after changing it)
#
# install-files installs an already built binary, THDASH=path/to/thdash, without running SwiftPM.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
CONFIGURATION ?= release

root := $(DESTDIR)$(PREFIX)
bindir := $(root)/bin
datadir := $(root)/share/thdash
mandir := $(root)/share/man/man1
bashdir := $(root)/share/bash-completion/completions
zshdir := $(root)/share/zsh/site-functions
fishdir := $(root)/share/fish/vendor_completions.d

.PHONY: all build install install-files uninstall man

all: build

build:
	$(SWIFT) build -c $(CONFIGURATION) --product thdash

install: build
	$(MAKE) install-files THDASH="$$($(SWIFT) build -c $(CONFIGURATION) --show-bin-path)/thdash"

install-files:
	@test -n "$(THDASH)" || { echo "make install-files needs THDASH=path/to/thdash" >&2; exit 2; }
	install -d "$(bindir)" "$(datadir)/articles" "$(mandir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 "$(THDASH)" "$(bindir)/thdash"
	install -m 644 Data/catalog.tsv Data/outlets.tsv "$(datadir)/"
	install -m 644 Data/articles/*.md "$(datadir)/articles/"
	install -m 644 Docs/thdash.1 "$(mandir)/thdash.1"
	"$(THDASH)" --generate-completion-script bash > "$(bashdir)/thdash"
	"$(THDASH)" --generate-completion-script zsh > "$(zshdir)/_thdash"
	"$(THDASH)" --generate-completion-script fish > "$(fishdir)/thdash.fish"

uninstall:
	rm -f "$(bindir)/thdash" "$(mandir)/thdash.1" "$(bashdir)/thdash" "$(zshdir)/_thdash" "$(fishdir)/thdash.fish"
	rm -rf "$(datadir)"

# swift-argument-parser's generate-manual writes only ASCII: the one letter it drops, the ó of
# Thanh Hóa, is put back as a roff escape. ManualPageEndToEndTests checks the page against the help.
man:
	$(SWIFT) package generate-manual --configuration debug --date "$$(date +%Y-%m-%d)"
	sed "s/Thanh Ha's/Thanh H\\\\['o]a's/" .build/plugins/GenerateManual/outputs/thdash/thdash.1 > Docs/thdash.1
