// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/keys/KeyGenerator.h"

#include <QCoreApplication>

#include "core/ssh/keys/PrivateKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSshKeyGen, "autopod.ssh.keys")

namespace autopod::ssh {

QString KeyGenerator::defaultPath(const QString& homeDir)
{
    const QString home = homeDir.isEmpty() ? QDir::homePath() : homeDir;
    return home + QStringLiteral("/.ssh/autopod_ed25519");
}

static bool writeNew(const QString& path, const QByteArray& data, mode_t mode, QString* error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        *error = QCoreApplication::translate("SshKeys", "Cannot create %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::fchmod(fd, mode); // umask must not loosen or tighten what we promise
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QCoreApplication::translate("SshKeys", "Cannot write %1: %2")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)));
            ::close(fd);
            ::unlink(QFile::encodeName(path).constData());
            return false;
        }
        done += n;
    }
    ::close(fd);
    return true;
}

GeneratedKey KeyGenerator::generate(const QString& privateKeyPath, const QString& comment)
{
    GeneratedKey result;
    const QString pubPath = privateKeyPath + QStringLiteral(".pub");
    if (QFileInfo::exists(privateKeyPath) || QFileInfo::exists(pubPath)) {
        result.error = QCoreApplication::translate("SshKeys", "%1 already exists; autopod does not overwrite keys.")
                           .arg(privateKeyPath);
        return result;
    }
    const QString dir = QFileInfo(privateKeyPath).absolutePath();
    if (!QDir().mkpath(dir)) {
        result.error = QCoreApplication::translate("SshKeys", "Cannot create the directory %1.").arg(dir);
        return result;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK || !key) {
        result.error = QCoreApplication::translate("SshKeys", "libssh could not generate an ed25519 key.");
        return result;
    }
    char* pem = nullptr;
    const int rc = ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &pem);
    const QString keyComment = comment.isEmpty() ? QStringLiteral("autopod@") + QSysInfo::machineHostName() : comment;
    const QString pubLine = PrivateKeyFile::publicLine(key, keyComment);
    ssh_key_free(key);
    if (rc != SSH_OK || !pem || pubLine.isEmpty()) {
        if (pem)
            ssh_string_free_char(pem);
        result.error = QCoreApplication::translate("SshKeys", "libssh could not export the new key.");
        return result;
    }
    QByteArray privateText(pem);
    ssh_string_free_char(pem);
    if (!privateText.endsWith('\n'))
        privateText.append('\n');
    QString error;
    const bool ok =
        writeNew(privateKeyPath, privateText, 0600, &error) && writeNew(pubPath, pubLine.toUtf8() + '\n', 0644, &error);
    privateText.fill('\0');
    if (!ok) {
        result.error = error;
        return result;
    }
    result.identity.source = KeySource::Generated;
    result.identity.privateKeyPath = privateKeyPath;
    result.identity.publicKeyLine = pubLine;
    result.identity.fingerprint = fingerprintOfPublicKeyLine(pubLine);
    qCInfo(lcSshKeyGen) << "generated a new ed25519 key" << privateKeyPath << result.identity.fingerprint;
    return result;
}

} // namespace autopod::ssh
