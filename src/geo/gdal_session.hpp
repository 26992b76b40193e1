#pragma once
// What every GDAL user in geo needs once: drivers registered with the network off, and GDAL's
// errors kept per call instead of printed by its global handler. One copy for the layer reader,
// the file exports and the PostGIS export.
#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>

#include <memory>
#include <mutex>
#include <string>

namespace placeline::geo {

inline void ensure_gdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // The app never touches the network: no remote files, no PROJ grids from the CDN.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
    });
}

// GDAL's failures while this object lives: the first (what went wrong) and the last, each on one
// line (libpq's messages span lines and tabs; the command line prints one line per problem).
struct ErrorCapture {
    std::string first, last;
    ErrorCapture() { CPLPushErrorHandlerEx(&handler, this); }
    ~ErrorCapture() { CPLPopErrorHandler(); }
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    static void CPL_STDCALL handler(CPLErr cls, CPLErrorNum, const char* msg) {
        auto* self = static_cast<ErrorCapture*>(CPLGetErrorHandlerUserData());
        if (!self || cls < CE_Failure) return;
        self->last = one_line(msg);
        if (self->first.empty()) self->first = self->last;
    }
    static std::string one_line(const char* msg) {
        std::string out;
        for (const char* c = msg; *c; ++c) {
            if (*c == '\n' || *c == '\t') {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                if (!out.empty() && out.back() != '.' && out.back() != ':' && out.back() != ';') out += ';';
                if (!out.empty()) out += ' ';
            } else {
                out += *c;
            }
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == ';')) out.pop_back();
        return out;
    }
};

// A vector source opened read-only: nullptr when it cannot be opened (an ErrorCapture around the
// call says why).
inline std::unique_ptr<GDALDataset> open_vector_read_only(const std::string& path) {
    ensure_gdal();
    return std::unique_ptr<GDALDataset>(
        static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
}

// The same for a gazetteer reader, GDAL's messages kept quiet: nullptr when it cannot be opened,
// with CPLGetLastErrorMsg() saying why.
inline std::unique_ptr<GDALDataset> open_vector_quietly(const std::string& path) {
    ensure_gdal();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::unique_ptr<GDALDataset> ds = open_vector_read_only(path);
    CPLPopErrorHandler();
    return ds;
}

}  // namespace placeline::geo
