#pragma once
// A fixed-size array of zero-initialised numbers or pointers in its own anonymous mapping: the
// kernel hands those pages over zeroed, so making one neither writes its zeros nor faults in its
// pages, and a page is only ever faulted in where an element is first written or read. For tables
// with one element per gazetteer place (a world's 210,000) of which a run touches a few: at every
// start, filling them cost a megabyte of writes and hundreds of page faults each. Not calloc:
// with geoparse's raised mmap threshold (mallopt in cmd_geoparse.cpp) glibc serves such a block
// from its heap and writes the zeros itself.
#include <sys/mman.h>

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace placeline {

template <class T>
class ZeroedArray {
    // All-zero bytes must be the value zero (or null): true of the integers and the pointers of
    // every platform we build for.
    static_assert(std::is_arithmetic_v<T> || std::is_pointer_v<T>);

public:
    ZeroedArray() = default;
    explicit ZeroedArray(size_t n) : size_(n) {
        // One element more, so that even an empty array is a mapping (null means "none").
        void* p = mmap(nullptr, bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) throw std::bad_alloc();
        data_ = static_cast<T*>(p);
    }
    ZeroedArray(ZeroedArray&& o) noexcept
        : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)) {}
    ZeroedArray& operator=(ZeroedArray&& o) noexcept {
        if (this != &o) {
            release();
            data_ = std::exchange(o.data_, nullptr);
            size_ = std::exchange(o.size_, 0);
        }
        return *this;
    }
    ZeroedArray(const ZeroedArray&) = delete;
    ZeroedArray& operator=(const ZeroedArray&) = delete;
    ~ZeroedArray() { release(); }

    size_t size() const { return size_; }
    T& operator[](size_t i) const { return data_[i]; }
    explicit operator bool() const { return data_ != nullptr; }

private:
    size_t bytes() const { return (size_ + 1) * sizeof(T); }
    void release() {
        if (data_) munmap(data_, bytes());
        data_ = nullptr;
    }
    T* data_ = nullptr;
    size_t size_ = 0;
};

}  // namespace placeline
