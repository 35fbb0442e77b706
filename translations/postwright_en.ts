<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>Postwright::App::PublishDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commit(s) will be pushed.</source>
        <translation>
            <numerusform>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commit will be pushed.</numerusform>
            <numerusform>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commits will be pushed.</numerusform>
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
