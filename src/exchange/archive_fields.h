// Private to src/exchange: how kit and packet contents go into Boost archives (text for kits
// and packets of format 1, binary for packets of format 2), so that reading a hostile archive
// never allocates more than the archive could hold.
#pragma once

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/binary_object.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>

#include <bit>
#include <cstdint>
#include <locale>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "exchange/content_error.h"

namespace plumb::exchange {

// What a load may still allocate: the archive's size in characters, charged for every string
// byte and every collection element read. Set for the current thread by ReadBudget.
struct ReadBudget {
    explicit ReadBudget(std::uint64_t bytes);
    ~ReadBudget();
    ReadBudget(const ReadBudget&) = delete;
    ReadBudget& operator=(const ReadBudget&) = delete;
    static void charge(std::uint64_t n, const char* what);
};

// A string as its length and its bytes (a binary object: base64 in a text archive, the raw
// bytes in a binary one): never std::string's own
// loader, which would allocate whatever length the input claims before reading it.
template <class Archive>
void text_field(Archive& ar, std::string& s) {
    if constexpr (Archive::is_saving::value) {
        std::uint64_t n = s.size();
        ar << n;
        if (n > 0) ar << boost::serialization::make_binary_object(s.data(), s.size());
    } else {
        std::uint64_t n = 0;
        ar >> n;
        ReadBudget::charge(n, "a text");
        s.assign(static_cast<std::size_t>(n), '\0');
        if (n > 0) ar >> boost::serialization::make_binary_object(s.data(), s.size());
    }
}

// A list as its count and its elements, at most `max` of them; elements are read one by one,
// so a count that lies fails at the end of the input instead of allocating.
template <class Archive, class T, class Each>
void list_field(Archive& ar, std::vector<T>& items, std::uint64_t max, const char* what,
                Each each) {
    if constexpr (Archive::is_saving::value) {
        std::uint64_t n = items.size();
        ar << n;
        for (T& item : items) each(ar, item);
    } else {
        std::uint64_t n = 0;
        ar >> n;
        if (n > max)
            throw ContentError(std::string("too many ") + what + " (" + std::to_string(n) +
                               "; at most " + std::to_string(max) + ")");
        items.clear();
        for (std::uint64_t i = 0; i < n; ++i) {
            ReadBudget::charge(1, what);
            T item{};
            each(ar, item);
            items.push_back(std::move(item));
        }
    }
}

template <class Archive>
void text_list(Archive& ar, std::vector<std::string>& items, std::uint64_t max, const char* what) {
    list_field(ar, items, max, what, [](Archive& a, std::string& s) { text_field(a, s); });
}

// A list of structs that have a serialize() (declared object_serializable, never tracked).
template <class Archive, class T>
void struct_list(Archive& ar, std::vector<T>& items, std::uint64_t max, const char* what) {
    list_field(ar, items, max, what, [](Archive& a, T& item) { a& item; });
}

// A struct read or written field by field, with no class information in the archive: the
// envelope's format version says what the fields are (docs/packets.md).
#define PLUMB_PLAIN_STRUCT(T)                                                \
    BOOST_CLASS_IMPLEMENTATION(T, boost::serialization::object_serializable) \
    BOOST_CLASS_TRACKING(T, boost::serialization::track_never)

// Writes `fill(archive)` into a portable text archive (no locale, no class information).
template <class Fill>
std::string write_archive(Fill fill) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    {
        boost::archive::text_oarchive ar(out,
                                         boost::archive::no_header | boost::archive::no_codecvt);
        fill(ar);
    }
    return out.str();
}

// Runs `read`, turning every failure of Boost or of the content into ContentError.
template <class Read>
void content_errors(Read read) {
    try {
        read();
    } catch (const ContentError&) {
        throw;
    } catch (const std::exception& e) {
        throw ContentError(std::string("its content cannot be read (") + e.what() + ")");
    } catch (...) {
        throw ContentError("its content cannot be read");
    }
}

// Reads what write_archive wrote, turning every failure of Boost or of the content into
// ContentError; `archive` must be read completely.
template <class Read>
void read_archive(const std::string& archive, Read read) {
    content_errors([&] {
        ReadBudget budget(archive.size());
        std::istringstream in(archive);
        in.imbue(std::locale::classic());
        boost::archive::text_iarchive ar(in,
                                         boost::archive::no_header | boost::archive::no_codecvt);
        read(ar);
        in >> std::ws;
        if (!in.eof()) throw ContentError("its content goes on after the end");
    });
}

// Format 2 packets are binary archives: integers as 8 bytes, little-endian, strings as their
// length and raw bytes. Boost writes integers in the machine's order, so Plumbline is only
// built where that order is little-endian (x86, x86-64, ARM as Debian and Windows run it).
static_assert(std::endian::native == std::endian::little,
              "binary packets are little-endian (docs/packets.md)");

// A read-only view of bytes as a stream buffer: the binary archive reads straight from them.
class BytesBuffer : public std::streambuf {
public:
    explicit BytesBuffer(const std::string& bytes) {
        char* at = const_cast<char*>(bytes.data());  // only ever read
        setg(at, at, at + bytes.size());
    }
    std::size_t left() const { return static_cast<std::size_t>(egptr() - gptr()); }
};

// Writes `fill(archive)` into a binary archive (no header, no class information).
template <class Fill>
std::string write_binary_archive(Fill fill) {
    std::ostringstream out;
    {
        boost::archive::binary_oarchive ar(out,
                                           boost::archive::no_header | boost::archive::no_codecvt);
        fill(ar);
    }
    return out.str();
}

// Reads what write_binary_archive wrote, as read_archive does.
template <class Read>
void read_binary_archive(const std::string& archive, Read read) {
    content_errors([&] {
        ReadBudget budget(archive.size());
        BytesBuffer in(archive);
        boost::archive::binary_iarchive ar(in,
                                           boost::archive::no_header | boost::archive::no_codecvt);
        read(ar);
        if (in.left() != 0) throw ContentError("its content goes on after the end");
    });
}

}  // namespace plumb::exchange
