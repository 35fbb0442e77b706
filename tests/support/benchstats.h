#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <vector>

// What the benchmarks report of their runs.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

inline double worst(const std::vector<double> &values)
{
    return *std::max_element(values.begin(), values.end());
}

inline double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A process and every process it started (QtWebEngine's renderers, a site generator).
inline QList<qint64> processTree(qint64 root = QCoreApplication::applicationPid())
{
    QList<qint64> tree{root};
    for (bool grew = true; grew;) {
        grew = false;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            if (!numeric || tree.contains(pid))
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
            if (tree.contains(fields.value(1).toLongLong())) {
                tree.append(pid);
                grew = true;
            }
        }
    }
    return tree;
}

// Proportional set size summed over a process tree, in MiB: shared pages split between their
// sharers, so the sum is the memory the processes really hold now.
inline double proportionalMemoryOfProcessTree(qint64 root = QCoreApplication::applicationPid())
{
    double kib = 0;
    for (const qint64 pid : processTree(root)) {
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            if (line.startsWith("Pss:"))
                kib += line.mid(4).trimmed().split(' ').value(0).toDouble();
        }
    }
    return kib / 1024.0;
}
