#pragma once
// A fixed-size array of zero-initialised numbers or pointers, calloc'ed: a large block comes
// zeroed from the kernel, so making one neither writes its zeros nor faults in its pages, and a
// page is only ever faulted in where an element is first written or read. For tables with one
// element per gazetteer place (a world's 210,000) of which a run touches a few: at every start,
// filling them cost a megabyte of writes and hundreds of page faults each.
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>

namespace placeline {

template <class T>
class ZeroedArray {
    // All-zero bytes must be the value zero (or null): true of the integers and the pointers of
    // every platform we build for.
    static_assert(std::is_arithmetic_v<T> || std::is_pointer_v<T>);

public:
    ZeroedArray() = default;
    explicit ZeroedArray(size_t n) : size_(n) {
        // One element more: calloc(0) may return null, and null here means only "out of memory".
        data_.reset(static_cast<T*>(std::calloc(n + 1, sizeof(T))));
        if (!data_) throw std::bad_alloc();
    }
    size_t size() const { return size_; }
    T& operator[](size_t i) const { return data_[i]; }
    explicit operator bool() const { return data_ != nullptr; }

private:
    struct Free {
        void operator()(T* p) const { std::free(p); }
    };
    std::unique_ptr<T[], Free> data_;
    size_t size_ = 0;
};

}  // namespace placeline
