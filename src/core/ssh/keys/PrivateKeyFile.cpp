// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/keys/PrivateKeyFile.h"

#include <QFile>
#include <QStringList>

#include <libssh/libssh.h>

namespace autopod::ssh {

namespace {

struct AskState
{
    bool asked = false;
};

int refusePassphrase(const char*, char*, size_t, int, int, void* userdata)
{
    static_cast<AskState*>(userdata)->asked = true;
    return -1;
}

QString readPubComment(const QString& privatePath, QString* pubLine)
{
    QFile f(privatePath + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString line = QString::fromUtf8(f.readLine(64 * 1024)).trimmed();
    const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && pubLine)
        *pubLine = parts.at(0) + QLatin1Char(' ') + parts.at(1) +
                   (parts.size() > 2 ? QLatin1Char(' ') + parts.mid(2).join(QLatin1Char(' ')) : QString());
    return parts.size() > 2 ? parts.mid(2).join(QLatin1Char(' ')) : QString();
}

} // namespace

QString PrivateKeyFile::publicLine(ssh_key key, const QString& comment)
{
    ssh_key pub = nullptr;
    if (ssh_pki_export_privkey_to_pubkey(key, &pub) != SSH_OK)
        return {};
    char* b64 = nullptr;
    QString line;
    if (ssh_pki_export_pubkey_base64(pub, &b64) == SSH_OK) {
        line =
            QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(pub))) + QLatin1Char(' ') + QString::fromLatin1(b64);
        if (!comment.isEmpty())
            line += QLatin1Char(' ') + comment;
        ssh_string_free_char(b64);
    }
    ssh_key_free(pub);
    return line;
}

ssh_key PrivateKeyFile::importKey(const QString& path, const QByteArray& passphrase, ParsedKey* status)
{
    ParsedKey local;
    ParsedKey& out = status ? *status : local;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        out.status = ParsedKey::Status::Unreadable;
        out.detail = probe.errorString();
        return nullptr;
    }
    const QByteArray head = probe.read(64);
    probe.close();
    if (!head.startsWith("-----BEGIN ")) {
        out.status = ParsedKey::Status::NotAKey;
        return nullptr;
    }
    AskState ask;
    ssh_key key = nullptr;
    const QByteArray file = QFile::encodeName(path);
    int rc;
    if (passphrase.isEmpty()) {
        rc = ssh_pki_import_privkey_file(file.constData(), nullptr, refusePassphrase, &ask, &key);
    } else {
        rc = ssh_pki_import_privkey_file(file.constData(), passphrase.constData(), nullptr, nullptr, &key);
    }
    if (rc == SSH_OK && key) {
        out.status = ParsedKey::Status::Ok;
        return key;
    }
    if (!passphrase.isEmpty()) {
        // Encrypted keys that fail with a passphrase: tell "wrong passphrase" from "not a key".
        AskState again;
        ssh_key k2 = nullptr;
        const int rc2 = ssh_pki_import_privkey_file(file.constData(), nullptr, refusePassphrase, &again, &k2);
        if (k2)
            ssh_key_free(k2);
        out.status = again.asked ? ParsedKey::Status::WrongPassphrase
                                 : (rc2 == SSH_OK ? ParsedKey::Status::Ok : ParsedKey::Status::NotAKey);
        return nullptr;
    }
    const bool encryptedPem = head.contains("ENCRYPTED");
    out.status = (ask.asked || encryptedPem) ? ParsedKey::Status::Encrypted : ParsedKey::Status::NotAKey;
    return nullptr;
}

static ParsedKey parse(const QString& path, const QByteArray& passphrase)
{
    ParsedKey result;
    QString pubLine;
    const QString comment = readPubComment(path, &pubLine);
    ssh_key key = PrivateKeyFile::importKey(path, passphrase, &result);
    if (key) {
        result.identity.publicKeyLine = PrivateKeyFile::publicLine(key, comment);
        ssh_key_free(key);
        if (result.identity.publicKeyLine.isEmpty())
            result.status = ParsedKey::Status::NotAKey;
    } else if (result.status == ParsedKey::Status::Encrypted || result.status == ParsedKey::Status::WrongPassphrase) {
        result.identity.publicKeyLine = pubLine;
    }
    result.identity.privateKeyPath = path;
    result.identity.passphraseProtected = result.status == ParsedKey::Status::Encrypted ||
                                          result.status == ParsedKey::Status::WrongPassphrase || !passphrase.isEmpty();
    result.identity.fingerprint = fingerprintOfPublicKeyLine(result.identity.publicKeyLine);
    return result;
}

ParsedKey PrivateKeyFile::inspect(const QString& path)
{
    return parse(path, {});
}

ParsedKey PrivateKeyFile::load(const QString& path, const QByteArray& passphrase)
{
    return parse(path, passphrase);
}

} // namespace autopod::ssh
