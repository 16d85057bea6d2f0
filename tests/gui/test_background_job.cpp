// Long work runs off the UI thread and its result, or its error, comes back on the UI thread.
#include <doctest/doctest.h>

#include <stdexcept>
#include <thread>

#include <wx/frame.h>

#include "gui_fixture.h"
#include "services/export_certificates.h"
#include "ui/background_job.h"

using namespace plumb;

TEST_CASE("a background job runs on another thread and finishes on the UI thread") {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "job");
    frame->Show();
    const auto ui_thread = std::this_thread::get_id();
    std::thread::id worker_thread, finish_thread;
    bool cancelled = true;
    std::exception_ptr error;
    ui::run_job(
        frame, "job",
        [&](ui::JobControl& control) {
            worker_thread = std::this_thread::get_id();
            for (int p = 0; p <= 100; p += 25) {
                control.progress(p);
                std::this_thread::sleep_for(std::chrono::milliseconds(40));
            }
        },
        [&](bool c, std::exception_ptr e) {
            finish_thread = std::this_thread::get_id();
            cancelled = c;
            error = e;
        });
    CHECK(worker_thread != ui_thread);
    CHECK(finish_thread == ui_thread);
    CHECK_FALSE(cancelled);
    CHECK_FALSE(error);
    frame->Destroy();
    test::pump(50);
}

TEST_CASE("an export that fails in the background reports its error instead of crashing") {
    test::DemoConsole demo;
    auto* frame = new wxFrame(nullptr, wxID_ANY, "job");
    frame->Show();
    std::exception_ptr error;
    ui::run_job(
        frame, "certificates",
        [&](ui::JobControl&) {
            export_certificates(demo.console->session(), unchecked_login("organiser"), {"no-such-event"}, demo.dir / "c.pdf");
        },
        [&](bool, std::exception_ptr e) { error = e; });
    REQUIRE(error);
    CHECK_THROWS_AS(std::rethrow_exception(error), std::exception);
    CHECK_FALSE(std::filesystem::exists(demo.dir / "c.pdf"));
    frame->Destroy();
    test::pump(50);
}
