<?php
$host = $_GET['host'];
echo `ping -c 1 $host`;
