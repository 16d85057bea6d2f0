// The GUI test runner: starts wxWidgets (under Xvfb in ./test.sh), loads the forms and the
// translations, then runs the doctest cases, which create panels and drive them.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>

#include <wx/app.h>
#include <wx/config.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/memconf.h>
#include <wx/translation.h>
#include <wx/xrc/xmlres.h>

void InitForms();

namespace {

// A failed wxWidgets assertion would open a dialog and hang the run: count it and report instead.
int wx_asserts = 0;
void on_wx_assert(const wxString& file, int line, const wxString& func, const wxString& cond,
                  const wxString& msg) {
    ++wx_asserts;
    std::fprintf(stderr, "wxWidgets assertion failed: %s:%d %s: %s %s\n", file.utf8_str().data(), line,
                 func.utf8_str().data(), cond.utf8_str().data(), msg.utf8_str().data());
}

}  // namespace

int main(int argc, char** argv) {
    wxApp::SetInstance(new wxApp());
    int wx_argc = 1;  // the rest of the command line is doctest's
    wxEntryStart(wx_argc, argv);
    wxSetAssertHandler(on_wx_assert);
    wxTheApp->CallOnInit();
    // The console's user settings (recent competitions, the last export's folder) in memory: a
    // run neither reads nor writes the settings of whoever runs it (~/.test_gui).
    delete wxConfigBase::Set(new wxMemoryConfig());
    wxXmlResource::Get()->InitAllHandlers();
    InitForms();
    wxInitAllImageHandlers();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(PLUMB_I18N_DIR);
    doctest::Context context(argc, argv);
    const int result = context.run();
    wxTheApp->OnExit();
    wxEntryCleanup();
    if (wx_asserts > 0) std::fprintf(stderr, "%d wxWidgets assertion(s) failed\n", wx_asserts);
    return result != 0 ? result : (wx_asserts > 0 ? 1 : 0);
}
