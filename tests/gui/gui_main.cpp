// The GUI test runner: starts wxWidgets (under Xvfb in ./test.sh), loads the forms and the
// translations, then runs the doctest cases, which create panels and drive them.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/translation.h>
#include <wx/xrc/xmlres.h>

void InitForms();

int main(int argc, char** argv) {
    wxApp::SetInstance(new wxApp());
    int wx_argc = 1;  // the rest of the command line is doctest's
    wxEntryStart(wx_argc, argv);
    wxTheApp->CallOnInit();
    wxXmlResource::Get()->InitAllHandlers();
    InitForms();
    wxInitAllImageHandlers();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(PLUMB_I18N_DIR);
    doctest::Context context(argc, argv);
    const int result = context.run();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
