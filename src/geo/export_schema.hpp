#pragma once
// What the file exports and the PostGIS export write alike: the places layer's fields, and
// dates and spans as OGR date fields. Each export keeps its own mentions schema (the files
// repeat the passage's text in every mention; the database points to a passages table instead).
#include <ogrsf_frmts.h>

#include "placeline/atlas/export_rows.hpp"
#include "placeline/time/date.hpp"

namespace placeline::geo {

struct Field {
    const char* name;
    OGRFieldType type;
};

inline constexpr Field place_fields[] = {
    {"place_id", OFTString}, {"name", OFTString},     {"kind", OFTString},       {"country", OFTString},
    {"mentions", OFTInteger}, {"passages", OFTInteger}, {"variants", OFTString}, {"first_seen", OFTDate},
    {"last_seen", OFTDate},
};

inline void set_date(OGRFeature& f, int field, Day d) {
    CivilDate c = civil_from_day(d);
    f.SetField(field, c.year, c.month, c.day, 0, 0, 0.0f, 0);
}

// A span's first and last day in two fields side by side; both null when it has none.
inline void set_span(OGRFeature& f, int first_field, const TimeSpan& t) {
    if (!t.valid()) {
        f.SetFieldNull(first_field);
        f.SetFieldNull(first_field + 1);
        return;
    }
    set_date(f, first_field, t.first);
    set_date(f, first_field + 1, t.last);
}

// The fields of place_fields from one row (the geometry is each export's own).
inline void set_place_fields(OGRFeature& f, const PlaceRow& r) {
    f.SetField(0, r.id.c_str());
    f.SetField(1, r.name.c_str());
    f.SetField(2, r.kind.c_str());
    f.SetField(3, r.country.c_str());
    f.SetField(4, int(r.mentions));
    f.SetField(5, int(r.passages));
    f.SetField(6, r.variants.c_str());
    set_span(f, 7, r.seen);
}

}  // namespace placeline::geo
