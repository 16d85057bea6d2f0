// The process the crash tests kill: enters marks or imports a file through the services, and
// prints a line on stdout only once the store has committed it.
//   crash_driver enter DB JUDGE [COUNT]   marks in a loop (COUNT 0: until killed); "ack UUID"
//   crash_driver import-roster DB CSV     one roster import; "imported N"
//   crash_driver import-marks DB CSV      one marks import; "imported N"
//   crash_driver merge DB PACKET...       each packet merged in a transaction of its own;
//                                         "ack PACKET" once it is in (now or before)
//   crash_driver intrude DB JUDGE PLUMB   a mark, then what other code in a console process
//                                         does to the files (a file dialog, a thumbnailer, a
//                                         library's own lock), then `PLUMB check DB` and the
//                                         sqlite3 shell as second programs, then 3 more marks;
//                                         "ack UUID" for each, then waits to be killed
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <random>
#include <string>
#include <vector>

#include "io/file_bytes.h"
#include "services/importing.h"
#include "services/marks.h"
#include "services/score_packet.h"

using namespace plumb;

namespace {

// Enters judgement scores for the judge's event, contestant after contestant, changing each
// value every round so that every entry is a new mark (a correction, with its reason).
int enter(const std::string& db, const std::string& judge, long count) {
    CompetitionSession session = CompetitionSession::open(db);
    const Judge* j = session.competition().find_judge(judge);
    if (!j || j->events.empty()) throw std::runtime_error("unknown judge " + judge);
    const Event& event = session.event(j->events.front());
    std::vector<const Aspect*> judged;
    for (const Aspect* a : event.scheme.aspects())
        if (a->is_judgement()) judged.push_back(a);
    std::vector<std::string> workstations;
    for (const Contestant& c : session.contestants())
        if (c.event == event.code && c.status == ContestantStatus::Active)
            workstations.push_back(c.workstation);
    if (judged.empty() || workstations.empty()) throw std::runtime_error("nothing to mark");
    // Each run starts somewhere else; a value equal to the current one is simply not
    // entered (enter_mark returns nothing), and the next one is.
    static const char* const kValues[] = {"1", "2", "3", "0"};  // any judgement step
    const std::size_t cells = workstations.size() * judged.size();
    const std::size_t start = std::random_device{}() % (cells * 4);
    const Login by = unchecked_login(judge);
    for (long i = 0; count == 0 || i < count; ++i) {
        const std::size_t n = start + static_cast<std::size_t>(i);
        const std::string& ws = workstations[n % workstations.size()];
        const Aspect& a = *judged[(n / workstations.size()) % judged.size()];
        const char* value = kValues[(n / cells) % 4];
        const MarkOutcome out =
            enter_mark(session, by, MarkRequest{event.code, ws, judge, a.id, value, "crash test", {}});
        if (out.entry) {
            std::printf("ack %s\n", out.entry->uuid.c_str());
            std::fflush(stdout);
        }
    }
    return 0;
}

// Merges the packets one import each, as a chief judge would take USB sticks one by one.
int merge(const std::string& db, const std::vector<std::string>& packets) {
    CompetitionSession session = CompetitionSession::open(db);
    for (const std::string& file : packets) {
        import_packets(session, unchecked_login("crash test"), {{file, read_file_bytes(file), {}}});
        std::printf("ack %s\n", file.c_str());
        std::fflush(stdout);
    }
    return 0;
}

// What any code in the same process may do to the database's files without asking SQLite:
// open and close them (GIO sniffing a file chooser's folder, thumbnailers, recent files), and
// take and drop a POSIX lock of its own. With POSIX locks, each of these dropped SQLite's.
void intrude(const std::string& db) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const int fd = ::open((db + suffix).c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;  // already gone (what the test is after)
        char byte;
        if (::read(fd, &byte, 1) < 0) throw std::runtime_error("cannot read " + db + suffix);
        ::close(fd);
    }
    const int fd = ::open(db.c_str(), O_RDWR | O_CLOEXEC);
    struct flock lock {};
    lock.l_type = F_RDLCK;
    lock.l_whence = SEEK_SET;
    ::fcntl(fd, F_SETLK, &lock);  // may be refused while SQLite holds its lock: either way
    lock.l_type = F_UNLCK;
    ::fcntl(fd, F_SETLK, &lock);
    ::close(fd);
}

int intrude_between_marks(const std::string& db, const std::string& judge,
                          const std::string& plumb) {
    CompetitionSession session = CompetitionSession::open(db);
    const Judge* j = session.competition().find_judge(judge);
    if (!j || j->events.empty()) throw std::runtime_error("unknown judge " + judge);
    const std::string event = j->events.front();
    const auto mark = [&](const std::string& ws) {
        const MarkOutcome out = enter_mark(session, unchecked_login(judge),
                                           MarkRequest{event, ws, judge, "C3", "2", {}, {}});
        if (!out.entry) throw std::runtime_error("workstation " + ws + " already had C3 = 2");
        std::printf("ack %s\n", out.entry->uuid.c_str());
        std::fflush(stdout);
    };
    mark("1");
    intrude(db);
    if (std::system((plumb + " check '" + db + "' >/dev/null 2>&1").c_str()) == -1 ||
        std::system(("sqlite3 '" + db + "' 'SELECT count(*) FROM mark_log' >/dev/null").c_str()) ==
            -1)
        throw std::runtime_error("cannot run the second programs");
    intrude(db);
    for (const char* ws : {"2", "3", "4"}) mark(ws);
    for (;;) pause();
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() >= 3 && args[0] == "enter")
            return enter(args[1], args[2], args.size() > 3 ? std::atol(args[3].c_str()) : 0);
        if (args.size() == 3 && (args[0] == "import-roster" || args[0] == "import-marks")) {
            CompetitionSession session = CompetitionSession::open(args[1]);
            const Login by = unchecked_login("crash test");
            const ImportSummary s = args[0] == "import-roster" ? import_roster(session, by, args[2])
                                                               : import_marks(session, by, args[2]);
            std::printf("imported %d\n", s.added);
            return 0;
        }
        if (args.size() == 4 && args[0] == "intrude")
            return intrude_between_marks(args[1], args[2], args[3]);
        if (args.size() >= 3 && args[0] == "merge")
            return merge(args[1], std::vector<std::string>(args.begin() + 2, args.end()));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_driver: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr,
                 "usage: crash_driver enter DB JUDGE [COUNT] | import-roster DB CSV | "
                 "import-marks DB CSV | merge DB PACKET...\n");
    return 2;
}
