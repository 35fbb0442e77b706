<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Postwright::App::CommandLineTool</name>
    <message numerus="yes">
        <source>Resolving %n file(s) in conflict with the remote, keeping %1 where both changed</source>
        <translation>
            <numerusform>Resolving %n file in conflict with the remote, keeping %1 where both changed</numerusform>
            <numerusform>Resolving %n files in conflict with the remote, keeping %1 where both changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::ConflictDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;The site changed “%1” too.&lt;/b&gt; Where only one of you changed something, that change is kept already. Where you both changed the same part (%n place(s)), choose what to keep. Nothing is published until you press Publish the Result; Cancel leaves everything as it was.</source>
        <translation>
            <numerusform>&lt;b&gt;The site changed “%1” too.&lt;/b&gt; Where only one of you changed something, that change is kept already. Where you both changed the same part (%n place), choose what to keep. Nothing is published until you press Publish the Result; Cancel leaves everything as it was.</numerusform>
            <numerusform>&lt;b&gt;The site changed “%1” too.&lt;/b&gt; Where only one of you changed something, that change is kept already. Where you both changed the same part (%n places), choose what to keep. Nothing is published until you press Publish the Result; Cancel leaves everything as it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::DeletedPostsDialog</name>
    <message numerus="yes">
        <source>%n post(s) deleted in this blog&apos;s history, most recent first. Bring one back to write its last version to its old place; publishing it puts it on the site again.</source>
        <translation>
            <numerusform>%n post deleted in this blog&apos;s history, most recent first. Bring one back to write its last version to its old place; publishing it puts it on the site again.</numerusform>
            <numerusform>%n posts deleted in this blog&apos;s history, most recent first. Bring one back to write its last version to its old place; publishing it puts it on the site again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::FrontMatterForm</name>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::HistoryDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;“%1”&lt;/b&gt;: %n version(s), newest first. Choose one to see what changed since, or to read it rendered; Restore puts it in the editor (Undo takes it back).</source>
        <translation>
            <numerusform>&lt;b&gt;“%1”&lt;/b&gt;: %n version, newest first. Choose one to see what changed since, or to read it rendered; Restore puts it in the editor (Undo takes it back).</numerusform>
            <numerusform>&lt;b&gt;“%1”&lt;/b&gt;: %n versions, newest first. Choose one to see what changed since, or to read it rendered; Restore puts it in the editor (Undo takes it back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::LibraryPanel</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::MainWindow</name>
    <message numerus="yes">
        <source>Saved; %n image link(s) now point from the new folder</source>
        <translation>
            <numerusform>Saved; %n image link now points from the new folder</numerusform>
            <numerusform>Saved; %n image links now point from the new folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::PublishDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commit(s) will be pushed.</source>
        <translation>
            <numerusform>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commit will be pushed.</numerusform>
            <numerusform>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commits will be pushed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still say where they were taken (GPS): %1. To remove it, delete the image and add it again with Insert &gt; Image.</source>
        <translation>
            <numerusform>%n image still says where it was taken (GPS): %1. To remove it, delete the image and add it again with Insert &gt; Image.</numerusform>
            <numerusform>%n images still say where they were taken (GPS): %1. To remove it, delete the images and add them again with Insert &gt; Image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ExternalLinkCheck</name>
    <message numerus="yes">
        <source>%n more link(s) were not checked: at most %1 are checked at a time.</source>
        <translation>
            <numerusform>%n more link was not checked: at most %1 are checked at a time.</numerusform>
            <numerusform>%n more links were not checked: at most %1 are checked at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ReadingTime</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
</TS>
