#include "input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "ktimeline/text.hpp"
#include "time_arguments.hpp"

namespace ktimeline_cli {

namespace {

constexpr std::string_view stdin_name = "-";
constexpr std::string_view stdin_id = "stdin";

bool is_stdin(std::string_view file) { return file == stdin_name; }

std::string id_of_file(const std::string& file) {
  if (is_stdin(file)) return std::string(stdin_id);
  return std::filesystem::path(file).filename().string();
}

// Reads all of standard input; errors are rare and show as a short read.
std::optional<std::string> read_stdin(std::string& error) {
  std::string text;
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) text.append(buffer, n);
  if (std::ferror(stdin)) {
    error = std::string("cannot read standard input: ") + std::strerror(errno);
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> read_file(const std::string& file, std::string& error) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    error = "cannot read " + file + ": is a directory";
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = "cannot open " + file + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::string text;
  if (const auto size = std::filesystem::file_size(file, ec); !ec) text.reserve(size);  // one allocation, not log(n)
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) text.append(buffer, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    error = "cannot read " + file + ": " + std::strerror(errno);
    return std::nullopt;
  }
  return text;
}

bool blank(std::string_view line) {
  for (const char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// One JSONL record, or the reason it is not one.
struct JsonlRecord {
  std::optional<ktimeline::SourceDocument> document;
  std::string id;     // for the failure report
  std::string error;  // empty when document is set
};

JsonlRecord parse_jsonl_line(const std::string& line, const std::string& position) {
  JsonlRecord record;
  record.id = position;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    record.error = std::string("broken JSON line: ") + e.what();
    return record;
  }
  if (!j.is_object()) {
    record.error = "a JSONL line must be an object {\"id\", \"text\", \"reference\"}";
    return record;
  }
  ktimeline::SourceDocument doc;
  doc.id = position;
  if (const auto id = j.find("id"); id != j.end()) {
    if (id->is_string()) {
      doc.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      doc.id = id->dump();
    } else if (!id->is_null()) {
      record.error = "\"id\" must be a string";
      return record;
    }
  }
  record.id = doc.id;
  const auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    record.error = "missing \"text\" string";
    return record;
  }
  if (const auto ref = j.find("reference"); ref != j.end() && !ref->is_null()) {
    const auto parsed = ref->is_string() ? parse_reference(ref->get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) {
      record.error = "bad \"reference\": expected DATE[THH:MM], e.g. 2025-02-04T12:00";
      return record;
    }
    doc.reference = parsed;
  }
  doc.text = std::move(text->get_ref<std::string&>());
  record.document = std::move(doc);
  return record;
}

void add_if_text(ktimeline::SourceDocument doc, std::vector<ktimeline::SourceDocument>& out, FailureLog& log) {
  if (auto problem = text_problem(doc.text)) {
    log.report(doc.id, *problem);
    return;
  }
  out.push_back(std::move(doc));
}

void read_jsonl(std::istream& in, const std::string& source, std::vector<ktimeline::SourceDocument>& out,
                FailureLog& log) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (blank(line)) continue;
    auto record = parse_jsonl_line(line, source + ":" + std::to_string(number));
    if (!record.document) {
      log.report(record.id, record.error);
      continue;
    }
    add_if_text(std::move(*record.document), out, log);
  }
  if (in.bad()) log.report(source, "cannot read " + source + " to the end");
}

}  // namespace

std::optional<std::string> text_problem(std::string_view text) {
  bool only_space = true;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == 0) return "NUL byte at offset " + std::to_string(i) + ": not a text document";
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') only_space = false;
      ++i;
      continue;
    }
    const auto d = ktimeline::utf8::decode(text, i);
    if (d.cp == ktimeline::utf8::replacement && text.substr(i, 3) != "\xEF\xBF\xBD") {
      return "invalid UTF-8 at byte offset " + std::to_string(i) +
             ": the text must be UTF-8 (convert EUC-KR/CP949 first, e.g. iconv -f CP949 -t UTF-8)";
    }
    if (!ktimeline::is_space(d.cp) && d.cp != 0xFEFF) only_space = false;
    i += d.length;
  }
  if (only_space) return std::string("empty document");
  return std::nullopt;
}

std::vector<ktimeline::SourceDocument> read_documents(const InputSpec& spec, FailureLog& log) {
  std::vector<ktimeline::SourceDocument> docs;
  std::vector<std::string> files = spec.files;
  if (files.empty()) files.emplace_back(stdin_name);
  for (const auto& file : files) {
    const auto id = id_of_file(file);
    if (spec.jsonl) {
      if (is_stdin(file)) {
        read_jsonl(std::cin, std::string(stdin_id), docs, log);
        continue;
      }
      std::ifstream in(file, std::ios::binary);
      std::error_code ec;
      if (!in || std::filesystem::is_directory(file, ec)) {
        log.report(id, "cannot open " + file + ": " + (in ? "is a directory" : std::strerror(errno)));
        continue;
      }
      read_jsonl(in, id, docs, log);
      continue;
    }
    std::string error;
    auto text = is_stdin(file) ? read_stdin(error) : read_file(file, error);
    if (!text) {
      log.report(id, error);
      continue;
    }
    add_if_text({id, std::move(*text), std::nullopt}, docs, log);
  }
  return docs;
}

}  // namespace ktimeline_cli
