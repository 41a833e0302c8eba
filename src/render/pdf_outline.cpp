// SPDX-License-Identifier: Apache-2.0
#include "pdf_outline.h"

#include "pdf_text_map.h"
#include "report_style.h"

#include <QFile>
#include <QIODevice>
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

namespace lastmile::render {

namespace {

QPDFObjectHandle text(const QString& value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

// Links `items` as siblings under `parent`, the first and last in the parent.
void link(QPDFObjectHandle parent, const std::vector<QPDFObjectHandle>& items)
{
    if (items.empty()) {
        return;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        QPDFObjectHandle item = items[i];
        item.replaceKey("/Parent", parent);
        if (i > 0) {
            item.replaceKey("/Prev", items[i - 1]);
        }
        if (i + 1 < items.size()) {
            item.replaceKey("/Next", items[i + 1]);
        }
    }
    parent.replaceKey("/First", items.front());
    parent.replaceKey("/Last", items.back());
}

// Hands what qpdf writes on to a device as it comes.
class DevicePipeline : public Pipeline
{
public:
    explicit DevicePipeline(QIODevice& device) : Pipeline("device", nullptr), m_device(device) {}

    void write(unsigned char const* data, size_t length) override
    {
        const auto size = static_cast<qint64>(length);
        if (m_device.write(reinterpret_cast<const char*>(data), size) != size) {
            throw std::runtime_error(m_device.errorString().toStdString());
        }
    }
    void finish() override {}

private:
    QIODevice& m_device;
};

// Sets the properties, the outline and the text mappings of `document`.
void complete(QPDF& document, const PdfProperties& properties, const std::vector<PdfBookmark>& bookmarks)
{
    addAstralTextMappings(document, reportFontFamilies());

    QPDFObjectHandle trailer = document.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    const std::pair<const char*, QString> fields[] = {{"/Title", properties.title},
                                                      {"/Author", properties.author},
                                                      {"/Subject", properties.subject},
                                                      {"/Creator", properties.creator}};
    for (const auto& [key, value] : fields) {
        if (!value.isEmpty()) {
            info.replaceKey(key, text(value));
        }
    }

    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
    QPDFObjectHandle outlines = document.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    std::vector<QPDFObjectHandle> sections;
    std::vector<std::vector<QPDFObjectHandle>> parts;
    for (const PdfBookmark& bookmark : bookmarks) {
        if (bookmark.page < 0 || static_cast<std::size_t>(bookmark.page) >= pages.size() ||
            (bookmark.level > 0 && sections.empty())) {
            continue;
        }
        QPDFObjectHandle item = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", text(bookmark.title));
        QPDFObjectHandle destination = QPDFObjectHandle::newArray();
        destination.appendItem(pages[static_cast<std::size_t>(bookmark.page)].getObjectHandle());
        destination.appendItem(QPDFObjectHandle::newName("/Fit"));
        item.replaceKey("/Dest", destination);
        if (bookmark.level == 0) {
            sections.push_back(item);
            parts.emplace_back();
        } else {
            parts.back().push_back(item);
        }
    }
    if (!sections.empty()) {
        link(outlines, sections);
        for (std::size_t i = 0; i < sections.size(); ++i) {
            link(sections[i], parts[i]);
            if (!parts[i].empty()) {
                // Closed: a section shows its parts when opened.
                sections[i].replaceKey("/Count", QPDFObjectHandle::newInteger(-int(parts[i].size())));
            }
        }
        outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(int(sections.size())));
        QPDFObjectHandle root = document.getRoot();
        root.replaceKey("/Outlines", outlines);
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
    }
}

} // namespace

QByteArray finishPdf(const QByteArray& pdf, const PdfProperties& properties, const std::vector<PdfBookmark>& bookmarks,
                     QString* error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report.pdf", pdf.constData(), static_cast<std::size_t>(pdf.size()));
        complete(document, properties, bookmarks);
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception& failure) {
        if (error) {
            *error = QString::fromStdString(failure.what());
        }
        return {};
    }
}

bool finishPdf(const QString& pdfPath, QIODevice& output, const PdfProperties& properties,
               const std::vector<PdfBookmark>& bookmarks, QString* error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processFile(QFile::encodeName(pdfPath).constData());
        complete(document, properties, bookmarks);
        DevicePipeline pipeline(output);
        QPDFWriter writer(document);
        writer.setOutputPipeline(&pipeline);
        writer.write();
        return true;
    } catch (const std::exception& failure) {
        if (error) {
            *error = QString::fromStdString(failure.what());
        }
        return false;
    }
}

PdfFinisher qpdfFinisher()
{
    return [](const QString& pdfPath, QIODevice& output, const PdfProperties& properties,
              const std::vector<PdfBookmark>& bookmarks,
              QString* error) { return finishPdf(pdfPath, output, properties, bookmarks, error); };
}

} // namespace lastmile::render
