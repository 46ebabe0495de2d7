#pragma once
// One document's output rendered on a worker thread (or why it failed), and
// the writer that prints them in input order inside their framing.
#include <exception>
#include <string>

#include "exit_codes.hpp"
#include "failure_log.hpp"
#include "ktimeline/output.hpp"
#include "output_sink.hpp"

namespace ktimeline_cli {

struct Rendered {
  std::string id;
  std::string text;
  std::string error;
};

/// Runs render(out) for document `id`; an exception becomes the error
/// "<what>: <message>" and the partial output is dropped.
///   return render_or_fail(doc.id, "cannot tag", [&](std::string& out) { ... });
template <class Render>
Rendered render_or_fail(const std::string& id, const char* what, Render render) {
  Rendered out;
  out.id = id;
  try {
    render(out.text);
  } catch (const std::exception& e) {
    out.text.clear();
    out.error = std::string(what) + ": " + e.what();
  }
  return out;
}

/// Closes the output; the exit status of a run: 1 if a document failed or
/// the output could not be written, else 0.
///   return finish_run(sink, failures);
inline int finish_run(OutputSink& sink, const FailureLog& failures) {
  const bool written = sink.finish();
  return failures.count() > 0 || !written ? exit_document_failed : exit_ok;
}

/// Writes rendered documents in order: the framing around them, failures to
/// the log. finish() writes the closing framing and returns the exit status.
class RenderedWriter {
 public:
  RenderedWriter(OutputSink& sink, FailureLog& failures, ktimeline::Framing framing)
      : sink_(sink), failures_(failures), framing_(framing) {
    sink_.write(framing_.before);
  }

  void write(Rendered out) {
    if (!out.error.empty()) {
      failures_.report(out.id, out.error);
      return;
    }
    if (!first_) sink_.write(framing_.between);
    first_ = false;
    sink_.write(out.text);
  }

  int finish() {
    sink_.write(framing_.after);
    return finish_run(sink_, failures_);
  }

 private:
  OutputSink& sink_;
  FailureLog& failures_;
  ktimeline::Framing framing_;
  bool first_ = true;
};

}  // namespace ktimeline_cli
