// The master's Laptops page: register a laptop and write its kit (the passphrase shown to read
// out), the registered laptops with their latest packet, and importing packets with each file's
// outcome. Exposed for the GUI tests, which drive it as the organiser would.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <wx/string.h>

#include "services/judge_kit.h"
#include "services/laptops.h"
#include "ui/task_panel.h"

class wxButton;
class wxCheckListBox;
class wxChoice;
class wxDialog;
class wxListCtrl;
class wxPanel;
class wxStaticText;
class wxTextCtrl;

namespace plumb::ui {

class Console;

// The kit's passphrase and the master key, after the kit is written
// (forms/kit_passphrase_dialog.xrc).
class KitWrittenDialog {
public:
    KitWrittenDialog(wxWindow* parent, const Console& console, const std::string& event,
                     const std::string& device_name, const std::vector<std::string>& judges,
                     const KitExport& kit, const wxString& file);
    ~KitWrittenDialog();
    KitWrittenDialog(const KitWrittenDialog&) = delete;
    KitWrittenDialog& operator=(const KitWrittenDialog&) = delete;
    wxDialog* dialog() const { return dialog_; }

private:
    wxDialog* dialog_ = nullptr;
};

class LaptopsPanel : public TaskPanel {
public:
    LaptopsPanel(wxWindow* parent, Console& console);
    ~LaptopsPanel() override;
    wxWindow* window() override;
    wxString title() const override;
    const char* name() const override { return "laptops"; }

    // Registers the laptop as filled in and writes its kit where the organiser chooses, then
    // shows its passphrase; the kit's path, or "" when cancelled or refused (reason shown).
    wxString write_kit();
    // Imports the packets, all or nothing, and lists each file's outcome.
    void import_files(const std::vector<wxString>& files);
    // Lists the registered laptops again.
    void refresh();
    // Retires the laptop selected in the list, with the reason the organiser gives.
    void retire_selected();

    wxChoice* event_choice() const { return events_; }
    wxTextCtrl* device_name() const { return device_; }
    wxCheckListBox* judge_checks() const { return judges_; }
    wxListCtrl* laptop_list() const { return laptops_; }
    wxListCtrl* import_results() const { return results_; }
    wxString import_summary() const;

    // Columns of the import results.
    enum { kFile, kLaptop, kOutcome, kSeal };

private:
    void fill_judges();
    std::string event() const;
    void show_outcome(const wxString& summary, bool error);

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    wxTextCtrl* device_ = nullptr;
    wxCheckListBox* judges_ = nullptr;
    wxListCtrl* laptops_ = nullptr;
    wxListCtrl* results_ = nullptr;
    wxStaticText* summary_ = nullptr;
    std::vector<std::string> judge_codes_;
    std::vector<RegisteredLaptop> shown_;  // the laptop list's rows
    wxString kit_folder_, packet_folder_;  // where the last kit went, packets came from
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace plumb::ui
