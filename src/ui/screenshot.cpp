// Grabs a window's pixels from the screen and writes them as PNG.
#include "ui/screenshot.h"

#include <wx/bitmap.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/window.h>

namespace plumb {

bool save_screenshot(wxWindow* window, const wxString& png_path) {
    window->Update();
    const wxRect rect = window->GetScreenRect();
    wxBitmap bitmap(rect.width, rect.height);
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
    memory.SelectObject(wxNullBitmap);
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxInitAllImageHandlers();
    return bitmap.ConvertToImage().SaveFile(png_path, wxBITMAP_TYPE_PNG);
}

}  // namespace plumb
