<?php
$id = $_GET['id'];
$rows = $db->query("SELECT * FROM users WHERE id = $id");
$out = `ls -la {$_GET['dir']}`;
$obj = unserialize($_COOKIE['state']);
readfile('/srv/files/' . $_GET['name']);
$hash = md5($password);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
eval($_POST['code']);
