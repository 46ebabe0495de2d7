#pragma once
// Documents processed on a pool of threads, results handed back in input order.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ktimeline_cli {

/// The default for --threads: the machine's cores, at least one.
inline unsigned default_thread_count() { return std::max(1u, std::thread::hardware_concurrency()); }

/// Runs produce(i) for every i in [0, n) on up to `threads` threads and calls
/// consume(i, result) on the calling thread in index order, as soon as each
/// result and all before it are ready. Workers run at most a few items ahead
/// of the consumer, so results never pile up. If produce throws, the first
/// exception is rethrown here after the workers stop.
///   ordered_parallel<std::string>(docs.size(), 4, [&](std::size_t i) { return render(i); },
///                                 [&](std::size_t, std::string s) { fputs(s.c_str(), stdout); });
template <class Result, class Produce, class Consume>
void ordered_parallel(std::size_t n, unsigned threads, Produce produce, Consume consume) {
  threads = static_cast<unsigned>(std::min<std::size_t>(std::max(1u, threads), n));
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) consume(i, produce(i));
    return;
  }
  const std::size_t ahead = std::size_t{4} * threads;  // how far workers may run past the consumer
  std::vector<std::optional<Result>> slots(n);
  std::mutex mutex;
  std::condition_variable result_ready;
  std::condition_variable room_ready;
  std::size_t next = 0;       // the next index a worker takes
  std::size_t consumed = 0;   // results handed to consume so far
  bool stop = false;
  std::exception_ptr error;

  auto work = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock<std::mutex> lock(mutex);
        room_ready.wait(lock, [&] { return stop || next >= n || next < consumed + ahead; });
        if (stop || next >= n) return;
        i = next++;
      }
      try {
        auto result = produce(i);
        std::lock_guard<std::mutex> lock(mutex);
        slots[i] = std::move(result);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!error) error = std::current_exception();
        stop = true;
        room_ready.notify_all();
      }
      result_ready.notify_all();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);

  for (std::size_t i = 0; i < n; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock<std::mutex> lock(mutex);
      result_ready.wait(lock, [&] { return stop || slots[i].has_value(); });
      if (!slots[i]) break;  // a worker failed
      result = std::move(slots[i]);
      slots[i].reset();
      ++consumed;
    }
    room_ready.notify_all();
    try {
      consume(i, std::move(*result));
    } catch (...) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (!error) error = std::current_exception();
        stop = true;
      }
      room_ready.notify_all();
      break;
    }
  }
  for (auto& thread : pool) thread.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace ktimeline_cli
